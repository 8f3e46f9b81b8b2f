#include "layout/SectionIcons.h"

#include <QHash>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QString resourceFor(const QString &file)
{
    return u":/icons/sections/"_s + file + u".svg"_s;
}

// Stored name (lower case, prefix such as "mdi:" removed) -> bundled file.
const QHash<QString, QString> &aliases()
{
    static const QHash<QString, QString> map {
        {u"layout-dashboard"_s, u"dashboard"_s},
        {u"dashboard"_s, u"dashboard"_s},
        {u"calendar-clock"_s, u"calendar"_s},
        {u"calendar"_s, u"calendar"_s},
        {u"calendar-heart"_s, u"calendar"_s},
        {u"clock"_s, u"calendar"_s},
        {u"camera"_s, u"camera"_s},
        {u"image"_s, u"image"_s},
        {u"images"_s, u"image"_s},
        {u"wallet"_s, u"wallet"_s},
        {u"dollar-sign"_s, u"wallet"_s},
        {u"users"_s, u"users"_s},
        {u"user"_s, u"users"_s},
        {u"briefcase"_s, u"briefcase"_s},
        {u"file-text"_s, u"document"_s},
        {u"file"_s, u"document"_s},
        {u"credit-card"_s, u"card"_s},
        {u"settings"_s, u"settings"_s},
        {u"cog"_s, u"settings"_s},
        {u"heart"_s, u"heart"_s},
        {u"map-pin"_s, u"map-pin"_s},
        {u"message-circle"_s, u"message"_s},
        {u"message"_s, u"message"_s},
        {u"list-checks"_s, u"checklist"_s},
        {u"check-square"_s, u"checklist"_s},
        {u"music"_s, u"music"_s},
        {u"gift"_s, u"gift"_s},
        {u"star"_s, u"star"_s},
    };
    return map;
}

QString normalized(QStringView name)
{
    QString text = name.trimmed().toString().toLower();
    if (const qsizetype colon = text.indexOf(u':'); colon >= 0)
        text = text.mid(colon + 1);
    return text;
}

} // namespace

const QList<SectionIcon> &bundledSectionIcons()
{
    static const QList<SectionIcon> icons = [] {
        QList<SectionIcon> list;
        for (const QString &name :
             {u"layout-dashboard"_s, u"calendar-clock"_s, u"camera"_s, u"image"_s, u"wallet"_s,
              u"users"_s, u"briefcase"_s, u"file-text"_s, u"credit-card"_s, u"settings"_s,
              u"heart"_s, u"map-pin"_s, u"message-circle"_s, u"list-checks"_s, u"music"_s,
              u"gift"_s, u"star"_s})
            list.append({name, resourceFor(aliases().value(name))});
        return list;
    }();
    return icons;
}

QString sectionIconResource(QStringView iconName)
{
    const QString file = aliases().value(normalized(iconName));
    return resourceFor(file.isEmpty() ? u"section"_s : file);
}

bool isBundledSectionIcon(QStringView iconName)
{
    return aliases().contains(normalized(iconName));
}

QPixmap sectionIconPixmap(const QString &resource, int size, const QColor &color,
                          qreal devicePixelRatio)
{
    static QHash<QString, QPixmap> cache;
    const QString key = resource + u'|' + QString::number(size) + u'|' + color.name(QColor::HexArgb)
        + u'|' + QString::number(devicePixelRatio);
    if (const auto found = cache.constFind(key); found != cache.constEnd())
        return *found;
    const int pixels = qMax(1, qRound(size * devicePixelRatio));
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        QSvgRenderer renderer(resource);
        renderer.render(&painter);
        // The files are drawn in black; keep their shape, take the requested colour.
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(image.rect(), color);
    }
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    if (cache.size() > 512)
        cache.clear();
    cache.insert(key, pixmap);
    return pixmap;
}

} // namespace wedsync
