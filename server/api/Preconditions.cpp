#include "api/Preconditions.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

struct EntityTags
{
    bool any = false;
    bool malformed = false;
    QList<QByteArray> strong; // opaque tags without quotes
};

// RFC 9110: If-Match = "*" / #entity-tag, entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE.
EntityTags parseTags(const QByteArray &header)
{
    EntityTags out;
    const QByteArray trimmed = header.trimmed();
    if (trimmed == "*") {
        out.any = true;
        return out;
    }
    for (const QByteArray &raw : trimmed.split(',')) {
        QByteArray tag = raw.trimmed();
        if (tag.isEmpty())
            continue; // "#" lists allow empty elements
        bool weak = false;
        if (tag.startsWith("W/")) {
            weak = true;
            tag = tag.mid(2);
        }
        if (tag.size() < 2 || !tag.startsWith('"') || !tag.endsWith('"')
            || tag.mid(1, tag.size() - 2).contains('"')) {
            out.malformed = true;
            return out;
        }
        if (!weak)
            out.strong << tag.mid(1, tag.size() - 2);
    }
    return out;
}

} // namespace

QByteArray etagFor(qint64 version)
{
    return '"' + QByteArray::number(version) + '"';
}

std::optional<ApiResponse> readIfMatch(const ApiRequest &request, IfMatch *ifMatch)
{
    const QByteArray header = request.header("If-Match");
    if (header.trimmed().isEmpty()) {
        return ApiResponse::error(
            428, u"precondition_required"_s,
            u"This change needs an If-Match header with the version you edited, e.g. If-Match: "
            "\"3\" "
            "(the ETag of your last GET), so that nobody's change is overwritten unseen."_s);
    }
    const EntityTags tags = parseTags(header);
    if (tags.malformed) {
        return ApiResponse::error(
            400, u"invalid_if_match"_s, u"If-Match must be a quoted version such as \"3\", or *."_s,
            QJsonObject {{u"header"_s, QString::fromLatin1(header.left(200))}});
    }
    IfMatch out;
    out.any = tags.any;
    for (const QByteArray &tag : tags.strong) {
        // Compared as the exact tag we send ("43"), not as a number: "+43", "043" or " 43"
        // are other entity tags (RFC 9110 §8.8.3.2 strong comparison).
        bool isNumber = false;
        const qint64 version = tag.toLongLong(&isNumber);
        // 0 is the version of a configuration scope that has written nothing yet.
        if (isNumber && version >= 0 && QByteArray::number(version) == tag)
            out.versions << version; // other tags are valid syntax but match no version of ours
    }
    *ifMatch = out;
    return std::nullopt;
}

bool ifNoneMatchHits(const ApiRequest &request, qint64 version)
{
    const QByteArray header = request.header("If-None-Match");
    if (header.trimmed().isEmpty())
        return false;
    const EntityTags tags = parseTags(header);
    if (tags.any)
        return true;
    // If-None-Match compares weakly: W/"3" and "3" both name version 3.
    for (const QByteArray &raw : header.split(',')) {
        QByteArray tag = raw.trimmed();
        if (tag.startsWith("W/"))
            tag = tag.mid(2);
        if (tag == etagFor(version))
            return true;
    }
    return false;
}

ApiResponse notModified(qint64 version)
{
    ApiResponse response;
    response.status = 304;
    response.contentType.clear();
    response.withHeader("ETag", etagFor(version));
    return response;
}

} // namespace wedsync::server
