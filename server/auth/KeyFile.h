#pragma once
// Reads a secret key from a file readable by its owner only, creating it with random bytes on
// first start. Shared by SigningKey (JWT) and SecretBox (secrets at rest).

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace wedsync::server {

class KeyFile
{
public:
    struct Requirements
    {
        qsizetype minBytes = 32;
        qsizetype maxBytes = 4096;
        qsizetype newKeyBytes = 32; // size of a key we create; minBytes <= newKeyBytes <= maxBytes
    };

    // Error codes: key_file_unreadable, key_file_not_regular, key_file_insecure,
    // key_file_too_short, key_file_too_long.
    static Result<QByteArray> load(const QString &path, const Requirements &requirements);

    // As load(), but when nothing exists at `path` yet, first creates it (and its folder) with
    // mode 0600 and random contents. An existing file is never overwritten, even when another
    // process creates it at the same moment. Extra error code: key_file_create_failed.
    static Result<QByteArray> loadOrCreate(const QString &path, const Requirements &requirements);
};

} // namespace wedsync::server
