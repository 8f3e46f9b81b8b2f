#include "api/KeysetCursor.h"

#include "api/RecordJson.h"
#include "common/Ids.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

QString KeysetCursor::encode() const
{
    return QString::fromLatin1(
        (json::timestamp(at) + u'|' + id)
            .toUtf8()
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool KeysetCursor::decode(const QString &text, KeysetCursor *cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QString plain = QString::fromUtf8(*decoded);
    const qsizetype bar = plain.indexOf(u'|');
    if (bar < 0)
        return false;
    const QDateTime at = QDateTime::fromString(plain.left(bar), Qt::ISODateWithMs);
    const QString id = plain.mid(bar + 1);
    if (!at.isValid() || !ids::isUuid(id))
        return false;
    cursor->at = at.toUTC();
    cursor->id = ids::normalized(id);
    return true;
}

} // namespace wedsync::server
