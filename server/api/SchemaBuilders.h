#pragma once
// Small builders of the JSON Schemas in the API description (ApiSchemas, ResourceSchemas).

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace wedsync::server::schema {

QJsonObject type(const QString &name); // {"type": name}
// A string of at most `maxLength` characters (and at least `minLength` when above 0).
QJsonObject boundedText(int maxLength, int minLength = 0);
QJsonObject uuid(); // a string in UUID format
QJsonObject dateTime(); // a string in date-time format
QJsonObject ref(const QString &schema); // "#/components/schemas/<schema>"
QJsonObject enumOf(const QStringList &values); // a string, one of `values`
QJsonObject nullable(QJsonObject schema);
QJsonObject arrayOf(const QJsonObject &items);
// An object with `properties`; "required" only when some are.
QJsonObject object(const QJsonObject &properties, const QStringList &required = {});
// {items: [<ref item>]}, items required.
QJsonObject listOf(const QString &item);
// One page of a keyset list (api/KeysetPage): {items, total, limit, offset, nextCursor}.
QJsonObject keysetPageOf(const QString &item);

// The membership roles in the order the API lists them (highest first).
const QStringList &roleNames();
// The wedding phases in calendar order.
const QStringList &phaseNames();

} // namespace wedsync::server::schema
