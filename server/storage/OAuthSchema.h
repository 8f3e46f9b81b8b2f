#pragma once
// OAuth 2.0 sign-ins in progress (authorization code + PKCE): migration 11 for CRM
// integrations, migration 18 for calendar accounts (Google).

#include "storage/Migrations.h"

namespace wedsync::server {

Migration oauthSessionsMigration();
Migration calendarOAuthSessionsMigration();

} // namespace wedsync::server
