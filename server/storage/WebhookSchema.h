#pragma once
// Migration 16: an organization's outgoing webhook endpoints and the deliveries of events to
// them. The endpoint's secret is sealed by SecretBox with "webhook:<id>:secret" as associated
// data (it cannot be moved to another row). A delivery is a row written in the same transaction
// as the change it reports, so that nothing committed is lost to a crash; the payload is the
// exact body sent (text, not JSONB, so retries send the same bytes).

#include "storage/Migrations.h"

namespace wedsync::server {

Migration webhooksMigration();

} // namespace wedsync::server
