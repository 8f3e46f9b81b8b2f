#include "StatusStyle.h"

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

// Readable text on a badge: dark text on light colours, white on deep ones.
BadgeStyle badge(QColor background, const QString &glyph)
{
    const double luminance
        = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return {background, luminance > 0.55 ? QColor(0x1a, 0x1a, 0x1a) : QColor(Qt::white), glyph};
}

// Deep tones for light backgrounds, light tones for dark ones.
QColor green(bool dark)
{
    return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
}
QColor amber(bool dark)
{
    return dark ? QColor(0xff, 0xd5, 0x4f) : QColor(0xf9, 0xa8, 0x25);
}
QColor orange(bool dark)
{
    return dark ? QColor(0xff, 0xab, 0x66) : QColor(0xe6, 0x51, 0x00);
}
QColor red(bool dark)
{
    return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
}
QColor blue(bool dark)
{
    return dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x15, 0x65, 0xc0);
}
QColor grey(bool dark)
{
    return dark ? QColor(0x61, 0x61, 0x61) : QColor(0xe0, 0xe0, 0xe0);
}

} // namespace

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

BadgeStyle statusBadge(SyncStatus status, bool dark)
{
    switch (status) {
    case SyncStatus::Success:
        return badge(green(dark), u"✔"_s);
    case SyncStatus::Partial:
        return badge(amber(dark), u"◐"_s);
    case SyncStatus::Failed:
        return badge(red(dark), u"✖"_s);
    case SyncStatus::Pending:
        return badge(blue(dark), u"⟳"_s);
    }
    return badge(grey(dark), {});
}

BadgeStyle severityBadge(SyncSeverity severity, bool dark)
{
    switch (severity) {
    case SyncSeverity::Normal:
        return badge(grey(dark), u"•"_s);
    case SyncSeverity::Elevated:
        return badge(amber(dark), u"▲"_s);
    case SyncSeverity::High:
        return badge(orange(dark), u"▲▲"_s);
    case SyncSeverity::Critical:
        return badge(red(dark), u"‼"_s);
    }
    return badge(grey(dark), {});
}

BadgeStyle freshnessBadge(SyncFreshness freshness, bool dark)
{
    switch (freshness) {
    case SyncFreshness::OnTime:
        return badge(green(dark), u"✔"_s);
    case SyncFreshness::Delayed:
        return badge(amber(dark), u"⧗"_s);
    case SyncFreshness::Error:
        return badge(red(dark), u"✖"_s);
    }
    return badge(grey(dark), {});
}

} // namespace wedsync
