#pragma once
// The planner's screen: one dashboard's sections on the 12-column grid (the organization's
// default, or the wedding chosen in the switcher), edited by dragging, resizing, the keyboard
// and the inspector, every edit undoable; a preview of what each role sees in each phase;
// the layout's versions; who else is editing it; and a save that sends only what changed
// (to the outbox while the server is away), with other people's saves merged in live.

#include "common/ConsolePage.h"
#include "feeds/OrganizationFeed.h"

#include <QHash>
#include <QList>

#include <optional>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTabWidget;
class QToolButton;

namespace wedsync {

struct PresentPeer;
struct LayoutSavePlan;
struct SectionConfig;
struct WeddingContext;
class DocumentSync;
class LayoutCanvas;
class LayoutDocument;
class LayoutFeed;
class LayoutPreviewPane;
class LayoutVersionsPane;
class SectionInspector;
class UserPrompts;

class LayoutPage : public ConsolePage
{
    Q_OBJECT
public:
    LayoutPage(LayoutFeed *feed, UserPrompts *prompts, QWidget *parent = nullptr);
    ~LayoutPage() override;

    QString pageId() const override { return QStringLiteral("layout"); }
    QString title() const override;
    QIcon icon() const override;
    void activate() override;
    void refresh() override;
    void setSignedInUser(const QString &userId, const QString &label) override;
    bool showExample() override;
    QUndoStack *undoStack() const override;
    bool hasUnsavedChanges() const override;

    // What the account may do here: support staff only look; coordinators change layout,
    // customization and conditions, not who sees a section.
    void setAccess(bool readOnly, bool mayChangeGrants);
    // The weddings of the organization in scope (their dates and venue zones decide phases).
    void setWeddings(const QString &organizationId, const QList<WeddingItem> &weddings);

    LayoutDocument *document() const { return m_document; }
    LayoutCanvas *canvas() const { return m_canvas; }
    SectionInspector *inspector() const { return m_inspector; }
    LayoutPreviewPane *previewPane() const { return m_preview; }
    LayoutVersionsPane *versionsPane() const { return m_versions; }
    // Shows one of the side panes: "section", "preview" or "versions".
    void showPane(const QString &name);
    // Saves the edits (as the Save button does); false when nothing can be saved now.
    bool save();
    // The section choices still open, one dialog per section (as the notice's button does).
    void reviewConflicts();

protected:
    void changeEvent(QEvent *event) override;
    void scopeChanged() override;

private:
    void retranslate();
    void onOpened();
    void onLoaded(bool fromCache);
    void onLoadFailed(const QString &message);
    void onSavedLocally(int entries);
    void onSaveFinished(bool ok, const QString &message);
    void onEditors(const QList<PresentPeer> &editors);
    void updateState();
    void updateNotice();
    void fillAddMenu();
    std::optional<WeddingContext> weddingContext() const;
    void say(const QString &message);

    LayoutFeed *m_feed;
    UserPrompts *m_prompts;
    LayoutDocument *m_document;
    DocumentSync *m_sync;
    QLabel *m_scopeLabel;
    QPushButton *m_customize;
    QToolButton *m_add;
    QToolButton *m_duplicate;
    QPushButton *m_remove;
    QLabel *m_editors;
    QLabel *m_changes;
    QPushButton *m_discard;
    QPushButton *m_save;
    QProgressBar *m_progress;
    QLabel *m_notice;
    QPushButton *m_review;
    QSplitter *m_splitter;
    LayoutCanvas *m_canvas;
    QTabWidget *m_side;
    SectionInspector *m_inspector;
    LayoutPreviewPane *m_preview;
    LayoutVersionsPane *m_versions;
    QAction *m_saveAction;

    QHash<QString, WeddingItem> m_weddings; // by id, of every organization listed so far
    bool m_readOnlyAccess = false;
    bool m_activated = false;
    QString m_loadError;
};

} // namespace wedsync
