#pragma once
// Seals the configuration secrets that an older server stored in plain text (before secrets
// were sealed at rest): in the settings and their merge baselines, the history snapshots and
// the change requests' payloads. Runs at start, before the routes, until a pass has found none
// left (then config_secrets_sealed holds its mark and later starts read nothing more): it reads
// only the setting types whose schema has secrets and rewrites, in one transaction with the
// mark, only the rows that still hold one in plain text. A row another instance changed
// meanwhile is left alone: that instance sealed what it wrote.

#include "storage/Database.h"

namespace wedsync::server {

class ConfigSecrets;

struct PlainConfigSecrets
{
    int sealed = 0; // rows rewritten with their secrets sealed
    int left = 0; // rows still holding plain secrets (this server cannot seal: no AES-GCM)
    bool alreadyDone = false; // an earlier start found none left; nothing was read
};

Result<PlainConfigSecrets> sealPlainConfigSecrets(Database &db, const ConfigSecrets &secrets);

} // namespace wedsync::server
