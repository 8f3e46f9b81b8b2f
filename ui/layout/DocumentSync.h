#pragma once
// Keeps a LayoutDocument in step with its LayoutFeed for one dashboard: what the feed loads
// (merged in as someone else's change while there are unsaved edits), other people's saves
// live, a save of the document's edits and its outcome (accepted steps become the base; steps
// parked in the outbox count as saved with the versions they will have). The layout editor
// and the permission matrix edit the same sections through one of these each.

#include "SectionConfig.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <optional>
#include <utility>

namespace wedsync {

struct ApiError;
class LayoutDocument;
class LayoutFeed;

class DocumentSync : public QObject
{
    Q_OBJECT
public:
    DocumentSync(LayoutFeed *feed, LayoutDocument *document, QObject *parent = nullptr);

    // Opens one dashboard (empty organization: none); nothing happens when it is open already.
    void open(const QString &organizationId, const QString &weddingId);
    // The same, once the save on its way (if any) has finished: a switch made while saving
    // does not drop the edits being sent.
    void openWhenSaved(const QString &organizationId, const QString &weddingId);
    QString organizationId() const { return m_organization; }
    QString weddingId() const { return m_wedding; }
    bool hasLoaded() const { return m_loadedOnce; }
    // A wedding without sections of its own, showing the organization's default.
    bool isInherited() const { return m_inherited; }

    // Sends the document's edits (its savePlan); false when there is nothing to send or a
    // save is on its way. The caller checks errors and conflicts first.
    bool save();
    bool isSaving() const;
    int sectionsInSave() const { return m_sectionsInSave; }

Q_SIGNALS:
    // Another dashboard is open (or none), its sections on their way.
    void opened();
    void loaded(bool fromCache);
    // Why the dashboard could not be (re)loaded, in words for a planner; `offline`: the server
    // could not be reached (what is on screen is this computer's copy, if anything).
    void loadFailed(const QString &message, bool offline);
    void saveProgress(int done, int total);
    void saveConflict(const wedsync::SectionConfig &current);
    void savedLocally(int entries);
    void saveFinished(bool ok, const QString &message);

private:
    void onLoaded(const QList<SectionConfig> &sections, qint64 layoutVersion, bool inherited,
                  bool fromCache);
    void onLoadFailed(const ApiError &error);
    void onSavedLocally(int entries);

    LayoutFeed *m_feed;
    LayoutDocument *m_document;
    QString m_organization;
    QString m_wedding;
    bool m_loadedOnce = false;
    bool m_inherited = false;
    int m_sectionsInSave = 0;
    std::optional<std::pair<QString, QString>> m_openAfterSave; // organization, wedding
    // The save on its way: what it was made from (for edits parked in the outbox).
    QList<SectionConfig> m_savingSnapshot;
    QHash<QString, int> m_savingBumps; // section id -> versions the plan adds
};

} // namespace wedsync
