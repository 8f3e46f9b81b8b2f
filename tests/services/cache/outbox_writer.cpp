// Helper of tst_outbox: a console that queues offline edits while its server is unreachable.
//
//   outbox_writer <spec.json>
//
// spec: {cache, server, count, intervalMs, sectionId, organizationId, baseVersion, base,
//        createdBy}. Every intervalMs it queues edit i (PATCH customization.subtitle =
// "offline edit <i>", If-Match baseVersion + i), prints "queued <i> <idempotency key>" once
// the entry is on disk, and tries a replay (which fails: the server is unreachable). The test
// kills it with SIGKILL part-way through.
#include "api/ApiClient.h"
#include "cache/LocalCache.h"
#include "cache/Outbox.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace wedsync;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: outbox_writer <spec.json>\n");
        return 2;
    }
    QFile specFile(app.arguments().at(1));
    if (!specFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(specFile.fileName()));
        return 2;
    }
    const QJsonObject spec = QJsonDocument::fromJson(specFile.readAll()).object();

    LocalCache cache(u"outbox_writer"_s);
    const Result<bool> opened = cache.open(spec.value(u"cache"_s).toString());
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    QNetworkAccessManager nam;
    ApiClient api(&nam);
    api.setBaseUrl(QUrl(spec.value(u"server"_s).toString()));
    api.setRetryPolicy({1, 10, 10});
    Outbox outbox(&cache, &api);

    const int count = spec.value(u"count"_s).toInt();
    const qint64 baseVersion = spec.value(u"baseVersion"_s).toInteger();
    int next = 0;
    QTimer tick;
    tick.setInterval(spec.value(u"intervalMs"_s).toInt());
    QObject::connect(&tick, &QTimer::timeout, &outbox, [&] {
        if (next == count) {
            tick.stop();
            std::printf("done\n");
            std::fflush(stdout);
            return;
        }
        OutboxEntry edit;
        edit.method = "PATCH";
        edit.path = u"/api/v1/sections/"_s + spec.value(u"sectionId"_s).toString();
        edit.body
            = {{u"customization"_s, QJsonObject {{u"subtitle"_s, u"offline edit %1"_s.arg(next)}}}};
        edit.baseVersion = baseVersion + next; // each edit builds on the one before it
        edit.base = spec.value(u"base"_s).toObject();
        edit.entityType = u"section_configuration"_s;
        edit.entityId = spec.value(u"sectionId"_s).toString();
        edit.organizationId = spec.value(u"organizationId"_s).toString();
        edit.label = u"Subtitle"_s;
        edit.createdBy = spec.value(u"createdBy"_s).toString();
        const OutboxEntry queued = outbox.enqueue(edit);
        if (queued.id == 0) {
            std::fprintf(stderr, "enqueue failed\n");
            QCoreApplication::exit(1);
            return;
        }
        std::printf("queued %d %s\n", next, qPrintable(queued.idempotencyKey));
        std::fflush(stdout);
        ++next;
        outbox.replay(); // the server is unreachable: the entry must stay
    });
    tick.start();
    return QCoreApplication::exec();
}
