#pragma once
// What the hostile-input walk sends (strings that have broken servers, values of the wrong
// type for a schema field) and how it judges what comes back.

#include "ApiCatalog.h"
#include "HttpTestClient.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace wedsync::test {

// SQL, markup, NUL and other controls, bidi overrides, our own SQL's template placeholders,
// joined emoji and combining marks, 10,000 characters.
QStringList hostileStrings();
// A stored string comes back as sent, or as the documented clean-up leaves it (controls to
// spaces, trimmed, an over-long title cut): never escaped, stripped of quotes or mangled.
bool storedAsSent(const QString &sent, const QString &stored);
// Whether details.fields of an error names `path` (or something inside or around it).
bool namesField(const HttpTestReply &reply, const QString &path);
// JSON values of other types than `field` declares.
QList<QJsonValue> wrongTypeValues(const SchemaField &field);

} // namespace wedsync::test
