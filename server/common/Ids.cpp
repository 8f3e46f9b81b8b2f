#include "common/Ids.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace wedsync::server::ids {

namespace {
// Namespace of the demo data's name-based ids.
const QUuid DemoNamespace = QUuid::fromString(u"6f6d8a55-2a3c-4d1e-9b61-7a0c2e5d9f10"_s);
} // namespace

QString create()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString named(const QString &name)
{
    return QUuid::createUuidV5(DemoNamespace, name).toString(QUuid::WithoutBraces);
}

bool isUuid(QStringView text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')
                     || (c >= u'A' && c <= u'F'))) {
            return false;
        }
    }
    return true;
}

QString normalized(QStringView uuid)
{
    return uuid.toString().toLower();
}

} // namespace wedsync::server::ids
