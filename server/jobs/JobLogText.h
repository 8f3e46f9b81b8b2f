#pragma once
// A CRM job's log line as the job writes it: a level, a code (core/CrmJobLog) and its
// arguments, and the English sentence made from them — the `message` kept for logs, API
// clients and older consoles. Making the message from the arguments (and nothing else) keeps
// them complete: whatever the English says, a console can say in its reader's language.

#include "CrmJobLog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace wedsync::server {

struct JobLogEntry
{
    QString level; // info | warning | error
    QString code;
    QJsonObject args;

    QString message() const;
};

namespace joblog {

// The English sentence of a line or a note; the code itself for a code it does not know.
QString english(const QString &code, const QJsonObject &args);
// A note for a line's `notes`: {"code", "args"}.
QJsonObject note(QStringView code, const QJsonObject &args);
// A job_failed line's arguments: `error` (a sentence, a provider's own text), and `stage` when
// the line frames it (read, store, send, record, file) with the stage's own arguments.
QJsonObject failure(const QString &error, QStringView stage = {}, const QJsonObject &more = {});
// "12.5" seconds, as the English lines say a wait.
QString seconds(qint64 ms);

} // namespace joblog

} // namespace wedsync::server
