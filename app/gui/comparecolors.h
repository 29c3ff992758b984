#pragma once

#include <QColor>
#include <QPalette>

namespace cw::gui {

// The colours of the compare view, chosen for the palette in use. Colour is never the only
// cue: inserted text is also underlined, deleted text struck through, moved text carries a
// link glyph, so the view reads the same to colour-blind users and in grey-scale prints.
// Green/red are paired with blue-violet for moves, which stays apart from both under
// deuteranopia and protanopia.
struct CompareColors
{
    QColor insertedBackground;
    QColor deletedBackground;
    QColor movedBackground;
    QColor insertedMark; // change bars, minimap, legend swatches
    QColor deletedMark;
    QColor movedMark;
    QColor changedMark;
    QColor filler; // the empty side of an added or removed row

    [[nodiscard]] static bool isDark(const QPalette &palette)
    {
        return palette.color(QPalette::Base).lightness() < 128;
    }

    [[nodiscard]] static CompareColors forPalette(const QPalette &palette)
    {
        CompareColors c;
        if (isDark(palette)) {
            c.insertedBackground = QColor(0x1e, 0x5a, 0x32);
            c.deletedBackground = QColor(0x6e, 0x24, 0x28);
            c.movedBackground = QColor(0x3f, 0x35, 0x7a);
            c.insertedMark = QColor(0x4c, 0xc3, 0x6e);
            c.deletedMark = QColor(0xf0, 0x6a, 0x6a);
            c.movedMark = QColor(0x9d, 0x8c, 0xff);
            c.changedMark = QColor(0xd9, 0xa4, 0x41);
        } else {
            c.insertedBackground = QColor(0xc8, 0xf0, 0xd2);
            c.deletedBackground = QColor(0xfb, 0xd0, 0xcf);
            c.movedBackground = QColor(0xdd, 0xd6, 0xff);
            c.insertedMark = QColor(0x1f, 0x8a, 0x3c);
            c.deletedMark = QColor(0xc9, 0x2a, 0x2a);
            c.movedMark = QColor(0x5b, 0x4b, 0xd6);
            c.changedMark = QColor(0xb7, 0x79, 0x0f);
        }
        c.filler = palette.color(QPalette::Mid);
        c.filler.setAlpha(70);
        return c;
    }
};

} // namespace cw::gui
