#include "layout/TileColors.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

qreal channel(qreal value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

} // namespace

QColor tileFillColor(const QString &customColor, const QPalette &palette)
{
    static const QRegularExpression hex(u"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"_s);
    const QString text = customColor.trimmed();
    if (hex.match(text).hasMatch())
        return QColor(text);
    return palette.color(QPalette::Button);
}

qreal relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF());
}

QColor readableTextColor(const QColor &background)
{
    const qreal luminance = relativeLuminance(background);
    const qreal againstBlack = (luminance + 0.05) / 0.05;
    const qreal againstWhite = 1.05 / (luminance + 0.05);
    return againstBlack >= againstWhite ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace wedsync
