#include "ConfigModules.h"

using namespace Qt::StringLiterals;

namespace wedsync {

QStringList enabledModules(const QJsonObject &modulesDocument, const QString &businessType)
{
    QJsonObject switches
        = modulesDocument.value(u"byBusinessType"_s).toObject().value(businessType).toObject();
    const QJsonObject enabled = modulesDocument.value(u"enabled"_s).toObject();
    for (auto it = enabled.begin(); it != enabled.end(); ++it)
        switches.insert(it.key(), it.value());
    QStringList out;
    for (auto it = switches.begin(); it != switches.end(); ++it) {
        if (it->toBool())
            out.append(it.key());
    }
    out.sort();
    return out;
}

} // namespace wedsync
