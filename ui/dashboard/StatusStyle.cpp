#include "dashboard/StatusStyle.h"

#include <iterator>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

// One look: a deep tone for light backgrounds, a light tone for dark ones, and a glyph.
struct Look
{
    QRgb light;
    QRgb dark;
    const char16_t *glyph;
};

constexpr QRgb Green = 0x2e7d32, GreenDark = 0x81c784;
constexpr QRgb Amber = 0xf9a825, AmberDark = 0xffd54f;
constexpr QRgb Orange = 0xe65100, OrangeDark = 0xffab66;
constexpr QRgb Red = 0xc62828, RedDark = 0xef9a9a;
constexpr QRgb Blue = 0x1565c0, BlueDark = 0x90caf9;
constexpr QRgb Grey = 0xe0e0e0, GreyDark = 0x616161;

// Indexed by the enums' values.
constexpr Look StatusLooks[] = {{Green, GreenDark, u"✔"}, // success
                                {Amber, AmberDark, u"◐"}, // partial
                                {Red, RedDark, u"✖"}, // failed
                                {Blue, BlueDark, u"⟳"}}; // pending
constexpr Look SeverityLooks[] = {{Grey, GreyDark, u"•"}, // normal
                                  {Amber, AmberDark, u"▲"}, // elevated
                                  {Orange, OrangeDark, u"▲▲"}, // high
                                  {Red, RedDark, u"‼"}}; // critical
constexpr Look FreshnessLooks[] = {{Green, GreenDark, u"✔"}, // on time
                                   {Amber, AmberDark, u"◔"}, // delayed
                                   {Red, RedDark, u"✖"}}; // error

// Readable text on a badge: dark text on light colours, white on deep ones.
template<std::size_t N> BadgeStyle badge(const Look (&looks)[N], int index, bool dark)
{
    const Look &look = looks[index >= 0 && std::size_t(index) < N ? std::size_t(index) : 0];
    const QColor background = QColor::fromRgb(dark ? look.dark : look.light);
    const double luminance
        = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return {background, luminance > 0.55 ? QColor(0x1a, 0x1a, 0x1a) : QColor(Qt::white),
            QString::fromUtf16(look.glyph)};
}

} // namespace

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

BadgeStyle statusBadge(SyncStatus status, bool dark)
{
    return badge(StatusLooks, int(status), dark);
}

BadgeStyle severityBadge(SyncSeverity severity, bool dark)
{
    return badge(SeverityLooks, int(severity), dark);
}

BadgeStyle freshnessBadge(SyncFreshness freshness, bool dark)
{
    return badge(FreshnessLooks, int(freshness), dark);
}

} // namespace wedsync
