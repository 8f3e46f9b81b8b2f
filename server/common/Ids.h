#pragma once
// Identifiers: every id is a lower-case UUID without braces, as on the wire. Used by every
// server folder (paths in http/, rows in storage/, bodies in api/, demo data).

#include <QString>
#include <QStringView>

namespace wedsync::server::ids {

// A fresh random (version 4) id.
QString create();
// A stable id derived from a name (version 5), for demo data that must be the same every run.
QString named(const QString &name);
// True for "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" (hex digits, any case).
bool isUuid(QStringView text);
// Lower-case form of a valid UUID (PostgreSQL returns UUIDs lower-case; SQLite compares bytes).
QString normalized(QStringView uuid);

} // namespace wedsync::server::ids
