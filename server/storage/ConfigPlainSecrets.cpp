#include "storage/ConfigPlainSecrets.h"

#include "auth/ConfigSecrets.h"
#include "storage/SqlQuery.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

// The JSON columns that hold configuration documents, each in a table with id, scope_key and
// setting_type.
struct DocumentColumn
{
    QString table;
    QString column;
};

const QList<DocumentColumn> &documentColumns()
{
    static const QList<DocumentColumn> columns {
        {u"config_settings"_s, u"document"_s},
        {u"config_settings"_s, u"parent_baseline"_s},
        {u"config_history"_s, u"snapshot"_s},
        {u"config_change_requests"_s, u"payload"_s},
    };
    return columns;
}

struct Rewrite
{
    QString id;
    QString stored; // as read: the row is rewritten only if it still holds this
    QString sealed;
};

} // namespace

Result<PlainConfigSecrets> sealPlainConfigSecrets(Database &db, const ConfigSecrets &secrets)
{
    QStringList types;
    for (ConfigSettingType type : allConfigSettingTypes()) {
        if (ConfigSecrets::hasSecretFields(type))
            types << u'\'' + configSettingTypeName(type) + u'\'';
    }
    PlainConfigSecrets out;
    if (types.isEmpty())
        return out;
    {
        // In a block: on SQLite a statement not yet finished keeps its read snapshot, and the
        // write transaction below could not begin once another instance has written.
        SqlQuery finished(db, u"SELECT COUNT(*) FROM config_secrets_sealed"_s);
        if (auto read = finished.exec(u"reading whether configuration secrets are sealed"_s); !read)
            return read.error();
        if (finished.next() && finished.value(0).toLongLong() > 0) {
            out.alreadyDone = true;
            return out;
        }
    }
    // Read outside a write transaction: a start with nothing to seal (every start but the
    // first after an upgrade) takes no write lock, so instances starting together on SQLite do
    // not queue behind each other's migrations and demo seeding. Each rewrite below is a
    // compare-and-set on the text read, so what changed meanwhile is left alone.
    QList<std::pair<DocumentColumn, QList<Rewrite>>> pending;
    for (const DocumentColumn &where : documentColumns()) {
        SqlQuery read(
            db,
            u"SELECT id, scope_key, setting_type, %1 FROM %2 WHERE %1 IS NOT NULL"
            " AND setting_type IN (%3)"_s.arg(where.column, where.table, types.join(u", "_s)));
        if (auto done = read.exec(u"reading configuration documents"_s); !done)
            return done.error();
        QList<Rewrite> rewrites;
        while (read.next()) {
            const auto type = configSettingTypeFromName(read.text(2));
            const QString stored = read.text(3);
            const QJsonObject document = sql::toJsonObject(stored);
            if (!type || ConfigSecrets::plainSecretPaths(*type, document).isEmpty())
                continue;
            if (!secrets.isAvailable()) {
                ++out.left;
                continue;
            }
            auto sealed = secrets.sealPlain(read.text(1), *type, document);
            if (!sealed)
                return sealed.error();
            rewrites.append({read.text(0), stored, sql::jsonText(sealed.value())});
        }
        if (!rewrites.isEmpty())
            pending.append({where, rewrites});
    }
    if (out.left > 0)
        return out; // this server cannot seal them: the next start on one with AES-GCM will
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    for (const auto &[where, rewrites] : std::as_const(pending)) {
        for (const Rewrite &rewrite : rewrites) {
            SqlQuery write(db,
                           u"UPDATE %1 SET %2 = :sealed WHERE id = :id AND %2 = :stored"_s.arg(
                               where.table, where.column));
            write.bind(u":sealed"_s, rewrite.sealed)
                .bind(u":id"_s, rewrite.id)
                .bind(u":stored"_s, rewrite.stored);
            if (auto done = write.exec(u"sealing configuration secrets"_s); !done)
                return done.error();
            out.sealed += write.rowsAffected() > 0 ? 1 : 0;
        }
    }
    // The mark, in the same commit as the last rewrites: every later start skips the pass.
    SqlQuery mark(db,
                  u"INSERT INTO config_secrets_sealed (id, completed_at) VALUES (1, :at)"
                  " ON CONFLICT (id) DO NOTHING"_s);
    mark.bind(u":at"_s, sql::timestamp(QDateTime::currentDateTimeUtc()));
    if (auto marked = mark.exec(u"marking configuration secrets sealed"_s); !marked)
        return marked.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return out;
}

} // namespace wedsync::server
