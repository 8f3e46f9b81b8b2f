#pragma once
// The demo's webhook endpoints: one per organization, disabled (its address is a placeholder),
// so that the Webhooks screen and the API walks have one to show. A planner points it at a
// receiver and enables it.

#include "Clock.h"
#include "common/Status.h"

namespace wedsync::server {

class Database;
class SecretBox;

// Adds them (with a random sealed secret); nothing without a SecretBox.
Status seedDemoWebhooks(Database &db, const Clock &clock, const SecretBox *box);

} // namespace wedsync::server
