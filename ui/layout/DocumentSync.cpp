#include "layout/DocumentSync.h"

#include "LayoutDocument.h"
#include "LayoutSavePlan.h"
#include "api/ApiError.h"
#include "layout/LayoutFeed.h"

#include <QUndoStack>

#include <algorithm>

namespace wedsync {

DocumentSync::DocumentSync(LayoutFeed *feed, LayoutDocument *document, QObject *parent)
    : QObject(parent)
    , m_feed(feed)
    , m_document(document)
{
    connect(feed, &LayoutFeed::loaded, this, &DocumentSync::onLoaded);
    connect(feed, &LayoutFeed::loadFailed, this, &DocumentSync::onLoadFailed);
    connect(feed, &LayoutFeed::organizationDefaultsLoaded, document,
            &LayoutDocument::setOrganizationDefaults);
    connect(feed, &LayoutFeed::sectionChanged, document,
            [document](const SectionConfig &section) { document->applyRemote(section); });
    connect(feed, &LayoutFeed::sectionRemoved, document, &LayoutDocument::applyRemoteRemoval);
    connect(feed, &LayoutFeed::layoutVersionChanged, document, &LayoutDocument::setLayoutVersion);
    connect(feed, &LayoutFeed::saveProgress, this, &DocumentSync::saveProgress);
    connect(feed, &LayoutFeed::sectionsSaved, this,
            [this](const QList<SectionConfig> &saved, const QHash<QString, QString> &localIdFor) {
                // A save of this document, or one the outbox replayed after a reload.
                if (m_savingSnapshot.isEmpty())
                    m_document->acceptReplayed(saved, localIdFor);
                else
                    m_document->acceptSaved(saved, localIdFor);
            });
    connect(feed, &LayoutFeed::sectionDeleted, document, &LayoutDocument::acceptDeleted);
    connect(feed, &LayoutFeed::saveConflict, this, [this](const SectionConfig &current) {
        m_document->applyRemote(current);
        Q_EMIT saveConflict(current);
    });
    connect(feed, &LayoutFeed::savedLocally, this, &DocumentSync::onSavedLocally);
    connect(feed, &LayoutFeed::saveFinished, this, [this](bool ok, const QString &message) {
        m_savingSnapshot.clear();
        m_savingBumps.clear();
        m_sectionsInSave = 0;
        if (ok)
            m_document->undoStack()->setClean();
        Q_EMIT saveFinished(ok, message);
        if (const auto next = std::exchange(m_openAfterSave, std::nullopt))
            open(next->first, next->second);
    });
}

void DocumentSync::open(const QString &organizationId, const QString &weddingId)
{
    if (organizationId.isEmpty()) {
        m_feed->close();
        m_organization.clear();
        m_wedding.clear();
        m_document->reset({}, {}, {}, 0);
        Q_EMIT opened();
        return;
    }
    if (organizationId == m_organization && weddingId == m_wedding)
        return;
    m_organization = organizationId;
    m_wedding = weddingId;
    m_loadedOnce = false;
    m_inherited = false;
    m_document->reset(organizationId, weddingId, {}, 0);
    m_feed->open(organizationId, weddingId);
    Q_EMIT opened();
}

void DocumentSync::openWhenSaved(const QString &organizationId, const QString &weddingId)
{
    if (m_feed->isSaving())
        m_openAfterSave = std::pair(organizationId, weddingId);
    else
        open(organizationId, weddingId);
}

bool DocumentSync::isSaving() const
{
    return m_feed->isSaving();
}

void DocumentSync::onLoaded(const QList<SectionConfig> &sections, qint64 layoutVersion,
                            bool inherited, bool fromCache)
{
    if (m_feed->organizationId() != m_organization || m_feed->weddingId() != m_wedding)
        return;
    m_inherited = inherited;
    if (!m_document->isModified()) {
        const QString selected = m_document->selectedId();
        m_document->reset(m_organization, m_wedding, sections, layoutVersion);
        if (m_document->section(selected))
            m_document->select(selected);
    } else {
        // Keep every local edit: what the server has now merges in as a remote change.
        QStringList present;
        for (const SectionConfig &section : sections) {
            m_document->applyRemote(section);
            present.append(section.id);
        }
        for (const SectionConfig &section : m_document->base()) {
            if (!present.contains(section.id))
                m_document->applyRemoteRemoval(section.id);
        }
        m_document->setLayoutVersion(layoutVersion);
    }
    m_loadedOnce = true;
    Q_EMIT loaded(fromCache);
}

void DocumentSync::onLoadFailed(const ApiError &error)
{
    // Unreachable (or not signed in yet) with the sections painted from this computer: say
    // what the planner can do, not the network library's words; the status bar says offline.
    const bool offline
        = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
    QString message;
    if (offline && m_loadedOnce)
        message = tr("Offline: this is the dashboard as this computer last saw it. Changes "
                     "you save wait on this computer until the server is back.");
    else if (offline)
        message = tr("The server cannot be reached and this computer has no copy of this "
                     "dashboard yet. It appears when the connection is back.");
    else
        message = error.message;
    Q_EMIT loadFailed(message, offline);
}

bool DocumentSync::save()
{
    if (m_feed->isSaving())
        return false;
    const LayoutSavePlan plan = m_document->savePlan();
    if (plan.isEmpty())
        return false;
    m_savingSnapshot = m_document->sections();
    m_savingBumps.clear();
    for (const PlannedPatch &patch : plan.patches)
        m_savingBumps[patch.id] += 1;
    for (const PlannedMove &move : plan.moves)
        m_savingBumps[move.id] += 1;
    for (const PlannedCreate &create : plan.creates)
        m_savingBumps[create.localId] += 0;
    for (const PlannedDelete &gone : plan.deletes)
        m_savingBumps[gone.id] += 0;
    if (!m_feed->save(plan)) {
        m_savingSnapshot.clear();
        m_savingBumps.clear();
        return false;
    }
    m_sectionsInSave = int(plan.sectionCount());
    return true;
}

void DocumentSync::onSavedLocally(int entries)
{
    // The rest of the save waits in the outbox: show those edits as saved (with the versions
    // they will have once replayed), so a second save does not send them twice.
    QList<SectionConfig> parked;
    for (const SectionConfig &section : std::as_const(m_savingSnapshot)) {
        const auto bump = m_savingBumps.constFind(section.id);
        if (bump == m_savingBumps.cend() || !m_document->modifiedIds().contains(section.id))
            continue;
        SectionConfig expected = section;
        expected.metadata.version += *bump;
        parked.append(expected);
    }
    m_document->acceptSaved(parked);
    QStringList removed;
    for (const SectionConfig &section : m_document->base()) {
        if (m_savingBumps.contains(section.id)
            && std::none_of(m_savingSnapshot.cbegin(), m_savingSnapshot.cend(),
                            [&section](const SectionConfig &s) { return s.id == section.id; }))
            removed.append(section.id);
    }
    for (const QString &id : std::as_const(removed))
        m_document->acceptDeleted(id);
    Q_EMIT savedLocally(entries);
}

} // namespace wedsync
