#pragma once
// Migration 11: OAuth 2.0 sign-ins in progress (authorization code + PKCE) for CRM integrations.

#include "storage/Migrations.h"

namespace wedsync::server {

Migration oauthSessionsMigration();

} // namespace wedsync::server
