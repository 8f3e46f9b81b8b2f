#pragma once
// Small helpers shared by the configuration tests: JSON written with single quotes, and the
// fields a list of errors names.

#include "Result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace wedsync::testing {

// JSON written with single quotes, which read better in a C++ string.
inline QJsonObject doc(QByteArray json)
{
    return QJsonDocument::fromJson(json.replace('\'', '"')).object();
}

inline QStringList fieldsOf(const QList<FieldError> &errors)
{
    QStringList out;
    for (const FieldError &error : errors)
        out.append(error.field);
    return out;
}

} // namespace wedsync::testing
