#include "realtime/TopicMessage.h"

#include <QJsonObject>

namespace wedsync::server {

qsizetype approxJsonSize(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().size() + 2;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        qsizetype size = 2 + std::max<qsizetype>(0, array.size() - 1);
        for (const QJsonValue &item : array)
            size += approxJsonSize(item);
        return size;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        qsizetype size = 2 + std::max<qsizetype>(0, object.size() - 1);
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            size += it.key().size() + 3 + approxJsonSize(it.value());
        return size;
    }
    case QJsonValue::Bool:
        return value.toBool() ? 4 : 5;
    case QJsonValue::Double:
        return 8;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return 4;
    }
    return 4;
}

} // namespace wedsync::server
