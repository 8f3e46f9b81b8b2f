#pragma once
// The admin's permission matrix for one dashboard (the organization's default, or the wedding
// chosen in the switcher): sections × roles, each cell view / edit / hide, grants inherited
// through the role hierarchy told apart from direct ones and explained in the engine's words;
// bulk edits of selected cells, rows or columns and copying one role onto another, every one
// undoable; the findings of the edited matrix as you go, each leading to its cell; Evaluate for
// a real member or a role; and a save of what changed, per section with its version, merged
// with other people's saves live (to the outbox while the server is away).

#include "PermissionMatrixModel.h"
#include "Role.h"
#include "common/ConsolePage.h"
#include "feeds/OrganizationFeed.h"
#include "permissions/PermissionMatrixView.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <QJsonObject>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QToolButton;

namespace wedsync {

struct ApiError;
struct SectionConfig;
class DocumentSync;
class EvaluatePane;
class LayoutDocument;
class MatrixFindings;
struct IntegrityFinding;
class LayoutFeed;
class PermissionCellDelegate;
class PermissionsApply;
class UserPrompts;

class PermissionsPage : public ConsolePage
{
    Q_OBJECT
public:
    // `feed` is this page's own (not the layout editor's); `apply` sends imported files.
    PermissionsPage(LayoutFeed *feed, PermissionsApply *apply, UserPrompts *prompts,
                    QWidget *parent = nullptr);
    ~PermissionsPage() override;

    QString pageId() const override { return QStringLiteral("permissions"); }
    QString title() const override;
    QIcon icon() const override;
    void activate() override;
    void refresh() override;
    void setSignedInUser(const QString &userId, const QString &label) override;
    bool showExample() override;
    QUndoStack *undoStack() const override;
    bool hasUnsavedChanges() const override;

    // Support staff and coordinators read the matrix; admins and platform admins change it.
    void setAccess(bool readOnly, const QString &reason);
    void setWeddings(const QString &organizationId, const QList<WeddingItem> &weddings);

    LayoutDocument *document() const { return m_document; }
    PermissionMatrixModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QListWidget *findingsList() const { return m_findings; }
    EvaluatePane *evaluatePane() const { return m_evaluate; }
    // Sets or clears `flag` on the selected cells (a selected row or column: all its cells).
    void setFlagOnSelection(CellFlag flag, bool on);
    // Flips `flag` on the selection: cleared when every selected cell has it, else set.
    void toggleFlagOnSelection(CellFlag flag);
    // Asks which role to copy onto which (or does it at once when both are given).
    void copyRole(std::optional<Role> from = std::nullopt, std::optional<Role> to = std::nullopt);
    // Selects the cell of `sectionId` (and `role`, if given) and scrolls to it.
    void selectCell(const QString &sectionId, std::optional<Role> role = std::nullopt);
    bool save();
    // Asks for a file, previews what it changes (or every problem in it) and, when the admin
    // applies it, sends it as one change.
    void importFile();
    // Reads the organization's permission templates, previews the one the admin picks (every
    // cell it changes) and, when applied, sends the result as one change.
    void chooseTemplate();
    // Writes the matrix on screen (only `roles`; empty: all) to a file the admin picks.
    void exportRoles(const QList<Role> &roles);
    // The cells someone else saved differently meanwhile, section by section.
    void reviewConflicts();
    // "findings" or "evaluate".
    void showPane(const QString &name);

protected:
    void changeEvent(QEvent *event) override;
    void scopeChanged() override;

private:
    void retranslate();
    void buildActions();
    void onOpened();
    void onLoaded(bool fromCache);
    void onSaveFinished(bool ok, const QString &message);
    void onImported(bool ok, const QJsonObject &answer, const ApiError &error);
    void onTemplatesRead(const QString &organizationId, bool ok, const QJsonObject &rbac,
                         const ApiError &error);
    void fillExportMenu();
    void showFindings();
    void updateState();
    void updateNotice();
    QModelIndexList selectedCells() const;
    // The findings of `matrix` on the dashboard's saved sections.
    QList<IntegrityFinding> findingsOf(const PermissionMatrix &matrix);
    // Those of `matrix` that the dashboard on screen does not have now.
    QList<IntegrityFinding> addedFindings(const PermissionMatrix &matrix);
    // Error-level findings the edits add to what the server has, as sentences.
    QStringList newErrors() const;
    void say(const QString &message);

    LayoutFeed *m_feed;
    PermissionsApply *m_apply;
    UserPrompts *m_prompts;
    LayoutDocument *m_document;
    DocumentSync *m_sync;
    PermissionMatrixModel *m_model;
    PermissionMatrixView *m_table = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr; // m_table's
    PermissionCellDelegate *m_delegate = nullptr; // m_table's

    QLabel *m_scopeLabel;
    QLineEdit *m_search;
    QToolButton *m_bulk;
    QPushButton *m_copyRole;
    QPushButton *m_import;
    QPushButton *m_template;
    QToolButton *m_export;
    QLabel *m_changes;
    QProgressBar *m_progress;
    QPushButton *m_discard;
    QPushButton *m_save;
    QLabel *m_notice;
    QPushButton *m_review;
    QLabel *m_legend;
    QTabWidget *m_side;
    QListWidget *m_findings;
    EvaluatePane *m_evaluate;
    QAction *m_saveAction;
    QHash<int, QAction *> m_setActions; // flag -> "Allow …" on the selection
    QHash<int, QAction *> m_clearActions; // flag -> "Deny …"
    QHash<int, QAction *> m_toggleActions; // flag -> the one-letter key

    std::unique_ptr<MatrixFindings> m_matrixFindings; // for the saved sections it was made for
    QList<IntegrityFinding> m_findingsShown;
    QSet<QString> m_savedErrors; // error findings of the saved matrix, by rule, subject, text
    QHash<QString, WeddingItem> m_weddings;
    bool m_readOnlyAccess = false;
    QString m_readOnlyReason;
    bool m_activated = false;
    bool m_readingTemplates = false;
    QString m_applyingTemplate; // label of the template being applied, while it is
    QString m_loadError;
};

} // namespace wedsync
