#pragma once
// The server's schema as an ordered list of migrations (conventions in Migrations.h).

#include "storage/Migrations.h"

namespace wedsync::server {

const QList<Migration> &schemaMigrations();

} // namespace wedsync::server
