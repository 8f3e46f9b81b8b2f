#pragma once
// The layout editor's form for the selected section: customization, layout, visibility and
// permissions, every change one LayoutDocument::setField call. It follows the document (undo,
// changes from elsewhere) without moving the cursor of the field being typed in, shows the
// validator's message under the field it is about, and disables what this operator may not
// change (grant fields for coordinators, everything when read-only).

#include <QColor>
#include <QHash>
#include <QJsonValue>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QToolButton;

namespace wedsync {

class ConditionsEditor;
class LayoutDocument;

class SectionInspector : public QWidget
{
    Q_OBJECT
public:
    explicit SectionInspector(LayoutDocument *document, QWidget *parent = nullptr);

    // What the colour swatch opens (QColorDialog by default); tests answer it themselves.
    using ColorChooser = std::function<QColor(const QColor &initial, QWidget *parent)>;
    void setColorChooser(ColorChooser chooser);

    // The section shown (the document's selection), empty when none.
    QString sectionId() const { return m_sectionId; }
    // Focuses the title field (the page calls it on LayoutCanvas::inspectRequested).
    void focusFirstField();

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    // Lets Undo/Redo typed in a text field reach the page's document-wide actions.
    bool eventFilter(QObject *watched, QEvent *event) override;
    // The language switched: the form is built again in it.
    void changeEvent(QEvent *event) override;

private:
    struct FieldRow
    {
        QList<QWidget *> editors;
        QLabel *error = nullptr;
    };

    QWidget *buildForm(); // the scrolling page of every field
    QWidget *buildCustomization();
    QWidget *buildLayout();
    QWidget *buildVisibility();
    QWidget *buildPermissions();
    QWidget *withError(const QString &field, QWidget *editor, QList<QWidget *> editors = {});

    void refresh();
    void refreshValues();
    void refreshErrors();
    void refreshEnabled();
    void edit(const QString &field, const QJsonValue &value);
    void editRoles();
    void editPhases();
    void editPermission(const QString &field);
    void chooseColor();

    LayoutDocument *m_document;
    QString m_sectionId;
    ColorChooser m_colorChooser;

    QStackedWidget *m_pages;
    QLabel *m_empty;
    QLabel *m_notice;
    QLabel *m_generalErrors;
    QLineEdit *m_title;
    QLabel *m_titleCount;
    QLineEdit *m_subtitle;
    QLineEdit *m_color;
    QToolButton *m_swatch;
    QComboBox *m_icon;
    QSpinBox *m_columns;
    QComboBox *m_size;
    QLabel *m_position;
    QHash<QString, QCheckBox *> m_roles; // by role wire name
    QCheckBox *m_everyPhase;
    QHash<QString, QCheckBox *> m_phases; // by phase wire name
    ConditionsEditor *m_conditions;
    QHash<QString, QHash<QString, QCheckBox *>> m_grants; // field -> role -> box
    QHash<QString, FieldRow> m_rows; // by SectionFields name
};

} // namespace wedsync
