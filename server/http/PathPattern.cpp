#include "http/PathPattern.h"

#include "common/Ids.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace wedsync::server {

std::optional<PathPattern> PathPattern::parse(const QString &pattern)
{
    if (!pattern.startsWith(u'/'))
        return std::nullopt;
    PathPattern result;
    result.m_pattern = pattern;
    static const QRegularExpression param(
        u"^\\{([a-zA-Z][a-zA-Z0-9_]*)(?::(uuid|slug|string))?\\}$"_s);
    const QStringList parts = pattern.mid(1).split(u'/');
    for (const QString &part : parts) {
        Segment segment;
        if (part.startsWith(u'{')) {
            const auto m = param.match(part);
            if (!m.hasMatch())
                return std::nullopt;
            segment.name = m.captured(1);
            const QString type = m.captured(2);
            segment.type = type == u"slug"_s ? ParamType::Slug
                : type == u"string"_s        ? ParamType::String
                                             : ParamType::Uuid;
        } else {
            if (part.contains(u'{') || part.contains(u'}'))
                return std::nullopt;
            segment.literal = part;
        }
        result.m_segments << segment;
    }
    return result;
}

QString PathPattern::openApiPath() const
{
    QStringList parts;
    for (const Segment &segment : m_segments)
        parts << (segment.isParameter() ? u'{' + segment.name + u'}' : segment.literal);
    return u'/' + parts.join(u'/');
}

QString PathPattern::shape() const
{
    QStringList parts;
    for (const Segment &segment : m_segments)
        parts << (segment.isParameter() ? u"{}"_s : segment.literal);
    return u'/' + parts.join(u'/');
}

QList<PathPattern::Parameter> PathPattern::parameters() const
{
    QList<Parameter> out;
    for (const Segment &segment : m_segments) {
        if (segment.isParameter())
            out << Parameter {segment.name, segment.type};
    }
    return out;
}

int PathPattern::literalCount() const
{
    int n = 0;
    for (const Segment &segment : m_segments)
        n += segment.isParameter() ? 0 : 1;
    return n;
}

QStringList PathPattern::splitPath(const QString &encodedPath)
{
    // Split before decoding so that an encoded "/" (%2F) stays inside its segment.
    QStringList segments = encodedPath.mid(encodedPath.startsWith(u'/') ? 1 : 0).split(u'/');
    for (QString &segment : segments)
        segment = QUrl::fromPercentEncoding(segment.toUtf8());
    return segments;
}

bool PathPattern::matches(const QStringList &segments, QHash<QString, QString> *raw) const
{
    if (segments.size() != m_segments.size())
        return false;
    QHash<QString, QString> values;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &segment = m_segments[i];
        if (segment.isParameter()) {
            if (segments[i].isEmpty())
                return false;
            values.insert(segment.name, segments[i]);
        } else if (segment.literal != segments[i]) {
            return false;
        }
    }
    if (raw)
        *raw = values;
    return true;
}

std::optional<QString> PathPattern::validate(QHash<QString, QString> *params) const
{
    static const QRegularExpression slug(u"^[a-z0-9_-]{1,64}$"_s);
    for (const Segment &segment : m_segments) {
        if (!segment.isParameter())
            continue;
        QString &value = (*params)[segment.name];
        switch (segment.type) {
        case ParamType::Uuid:
            if (!ids::isUuid(value))
                return segment.name;
            value = ids::normalized(value);
            break;
        case ParamType::Slug:
            if (!slug.match(value).hasMatch())
                return segment.name;
            break;
        case ParamType::String:
            break;
        }
    }
    return std::nullopt;
}

QString PathPattern::typeName(ParamType type)
{
    switch (type) {
    case ParamType::Uuid:
        return u"uuid"_s;
    case ParamType::Slug:
        return u"slug"_s;
    case ParamType::String:
        return u"string"_s;
    }
    return {};
}

} // namespace wedsync::server
