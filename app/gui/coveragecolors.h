#pragma once

#include <QColor>
#include <QPalette>

namespace cw::gui {

// The colours of the coverage panel's status badges and of the gaps heat map, chosen for the
// palette in use. Colour is never the only cue: every badge also has its own shape (a tick, a
// half disc, a cross, a dashed ring) and a status text beside it, and every heat-map cell a
// glyph, so both read the same to colour-blind users and in grey-scale prints.
struct CoverageColors
{
    QColor met;
    QColor partial;
    QColor missing;
    QColor conditional;
    QColor badgeInk; // the tick or cross drawn on a filled badge

    QColor referencePresent; // heat map: a reference covers the topic
    QColor draftPresent;     // the draft covers it (a hue of its own: the draft column stands out)
    QColor draftGap;         // the draft lacks a topic some reference covers
    QColor draftColumn;      // the draft column's ground where neither applies

    [[nodiscard]] static bool isDark(const QPalette &palette)
    {
        return palette.color(QPalette::Base).lightness() < 128;
    }

    [[nodiscard]] static CoverageColors forPalette(const QPalette &palette)
    {
        CoverageColors c;
        if (isDark(palette)) {
            c.met = QColor(0x4c, 0xc3, 0x6e);
            c.partial = QColor(0xe0, 0xb0, 0x4a);
            c.missing = QColor(0xf0, 0x6a, 0x6a);
            c.conditional = QColor(0x8f, 0xa8, 0xd8);
            c.badgeInk = QColor(0x12, 0x12, 0x12);
            c.referencePresent = QColor(0x2a, 0x5e, 0x40);
            c.draftPresent = QColor(0x2c, 0x4f, 0x86);
            c.draftGap = QColor(0x7a, 0x3a, 0x1c);
            c.draftColumn = QColor(0x2a, 0x2f, 0x3a);
        } else {
            c.met = QColor(0x1f, 0x8a, 0x3c);
            c.partial = QColor(0xb0, 0x6f, 0x00);
            c.missing = QColor(0xc9, 0x2a, 0x2a);
            c.conditional = QColor(0x4a, 0x64, 0x9a);
            c.badgeInk = QColor(0xff, 0xff, 0xff);
            c.referencePresent = QColor(0xb8, 0xe4, 0xc6);
            c.draftPresent = QColor(0xb9, 0xd3, 0xf5);
            c.draftGap = QColor(0xf9, 0xc9, 0xa6);
            c.draftColumn = QColor(0xee, 0xf3, 0xfb);
        }
        return c;
    }
};

} // namespace cw::gui
