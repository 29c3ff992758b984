#pragma once

// Helpers shared by the GUI tests. Header-only, like tests/testutil.h.

#include <QImage>
#include <QSet>
#include <QString>
#include <QTemporaryDir>

namespace cwguitest {

// A fixture under tests/data/gui.
inline QString fixture(const QString &name)
{
    return QString::fromUtf8(CW_TESTS_DIR) + QStringLiteral("/data/gui/") + name;
}

// Where screenshots go: $CW_SCREENSHOT_DIR when set (to look at them), else the test's own
// temporary folder.
inline QString screenshotPath(const QTemporaryDir &fallback, const QString &name)
{
    const QString dir = qEnvironmentVariableIsSet("CW_SCREENSHOT_DIR") ? qEnvironmentVariable("CW_SCREENSHOT_DIR")
                                                                       : fallback.path();
    return dir + u'/' + name;
}

// Distinct colours on a 3-pixel grid: text, frames and highlights give many; a blank or
// single-colour grab gives few.
inline int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace cwguitest
