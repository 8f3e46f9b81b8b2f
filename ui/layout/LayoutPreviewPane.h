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
    void recompute();
    void showFindings();

    LayoutDocument *m_document;
    std::optional<WeddingContext> m_wedding;
    LayoutPreview m_preview;
    QLabel *m_asLabel;
    QComboBox *m_role;
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
