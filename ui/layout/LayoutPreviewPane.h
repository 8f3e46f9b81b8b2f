#pragma once
// "What does a vendor see on the wedding day?": the layout being edited (saved or not) as one
// role sees it in one phase at one time of day, computed by the permission engine; the tiles
// hidden from them with the engine's reason for each; and the layout's problems (validator
// and integrity findings), which select their tile when clicked. Follows every edit.

#include "LayoutPreview.h"
#include "PermissionEngine.h"
#include "Role.h"
#include "WeddingPhase.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QTimeEdit;

namespace wedsync {

class LayoutDocument;
class LayoutPreviewGrid;

class LayoutPreviewPane : public QWidget
{
    Q_OBJECT
public:
    explicit LayoutPreviewPane(LayoutDocument *document, QWidget *parent = nullptr);

    // The wedding whose dashboard is edited (its date and venue zone decide the phase); none:
    // the organization's default layout, previewed without phase or wedding access.
    void setWedding(const std::optional<WeddingContext> &wedding);
    void setPreviewFor(Role role, WeddingPhase phase);
    // The organization's members: the preview can then be "as Priya, the vendor", with her
    // wedding access, instead of anyone with a role. The chosen person is kept if still there.
    void setMembers(const QList<UserProfile> &members);
    // Empty: anyone with the chosen role.
    void setPreviewPerson(const QString &userId);
    const LayoutPreview &preview() const { return m_preview; }
    LayoutPreviewGrid *grid() const { return m_grid; }
    QListWidget *hiddenList() const { return m_hidden; }
    QListWidget *findingsList() const { return m_findings; }

Q_SIGNALS:
    void sectionActivated(const QString &sectionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void retranslatePeople();
    void recompute();
    void showFindings();
    const UserProfile *chosenPerson() const;

    LayoutDocument *m_document;
    std::optional<WeddingContext> m_wedding;
    LayoutPreview m_preview;
    QLabel *m_asLabel;
    QComboBox *m_role;
    QComboBox *m_person;
    QList<UserProfile> m_members;
    QComboBox *m_phase;
    QTimeEdit *m_time;
    QLabel *m_summary;
    LayoutPreviewGrid *m_grid;
    QLabel *m_hiddenTitle;
    QListWidget *m_hidden;
    QLabel *m_findingsTitle;
    QListWidget *m_findings;
};

} // namespace wedsync
