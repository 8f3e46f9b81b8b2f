#include "NoticeSources.h"

#include "SyncEventModel.h"
#include "Workspace.h"
#include "compliance/SupplierFeed.h"
#include "conflicts/ConflictFeed.h"
#include "feeds/SyncHealthFeed.h"
#include "notices/NoticeCenter.h"

using namespace Qt::StringLiterals;

namespace wedsync {

NoticeSources::NoticeSources(Workspace *workspace, NoticeCenter *center,
                             const ConsoleAccess &access)
    : QObject(workspace)
{
    if (access.mayOpen(ConsoleScreen::SyncHealth)) {
        SyncHealthFeed *health = workspace->healthFeed();
        connect(health, &SyncHealthFeed::eventsArrived, this,
                [health, center](const QList<SyncEvent> &events) {
                    for (const SyncEvent &event : events) {
                        if (event.status != SyncStatus::Failed)
                            continue;
                        QString tenant = event.organizationId;
                        for (const TenantSyncHealth &line : health->lastReport().tenants)
                            if (line.organizationId == event.organizationId)
                                tenant = line.name;
                        center->post({NoticeKind::SyncFailure,
                                      tr("Sync failed: %1").arg(tenant),
                                      tr("%1 did not reach every client. Open Sync health to "
                                         "see why and resync.")
                                          .arg(SyncEventModel::kindText(event.kind)),
                                      u"dashboard"_s,
                                      {}});
                    }
                });
    }
    if (access.mayOpen(ConsoleScreen::ConflictCenter)) {
        connect(workspace->conflictFeed(), &ConflictFeed::conflictArrived, this,
                [center](const QString &id, const QString &label) {
                    center->post({NoticeKind::Conflict,
                                  label.isEmpty() ? tr("New conflict to resolve")
                                                  : tr("New conflict: %1").arg(label),
                                  tr("An edit met a newer change. Open Conflicts to compare "
                                     "both sides."),
                                  u"conflicts"_s, id});
                });
    }
    if (access.mayOpen(ConsoleScreen::Suppliers) && !access.platformStaff) {
        SupplierFeed *suppliers = workspace->supplierFeed();
        connect(
            suppliers, &SupplierFeed::submissionArrived, this,
            [center, suppliers](const QString &, const QString &supplierId, const QString &title) {
                QString who;
                for (const SupplierSummary &supplier : suppliers->suppliers())
                    if (supplier.id == supplierId)
                        who = supplier.displayName;
                center->post({NoticeKind::Submission,
                              title.isEmpty() ? tr("New submission to review")
                                              : tr("To review: %1").arg(title),
                              who.isEmpty()
                                  ? tr("A supplier submitted a requirement. Open Suppliers "
                                       "to review it.")
                                  : tr("%1 submitted it for review. Open Suppliers to "
                                       "approve it or ask for a revision.")
                                        .arg(who),
                              u"suppliers"_s, supplierId});
            });
    }
}

} // namespace wedsync
