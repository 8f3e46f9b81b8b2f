#include "jobs/CrmAdapter.h"

#include "ClientFields.h"

#include <QSet>

#include <algorithm>

namespace wedsync::server {

void addSample(CrmTestResult *result, const QList<QJsonObject> &records)
{
    QSet<QString> seen(result->sourceFields.cbegin(), result->sourceFields.cend());
    for (const QJsonObject &item : records) {
        if (result->sample.size() == 5)
            break;
        QJsonObject flat;
        const SourceRow row = flattenJsonObject(item);
        for (auto it = row.begin(); it != row.end(); ++it) {
            flat.insert(it.key(), it.value());
            if (!seen.contains(it.key())) {
                seen.insert(it.key());
                result->sourceFields.append(it.key());
            }
        }
        result->sample.append(flat);
    }
    std::sort(result->sourceFields.begin(), result->sourceFields.end());
}

} // namespace wedsync::server
