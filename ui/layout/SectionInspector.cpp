#include "layout/SectionInspector.h"

#include "LayoutDocument.h"
#include "Role.h"
#include "SectionFields.h"
#include "SectionNames.h"
#include "WeddingPhase.h"
#include "common/StateColors.h"
#include "layout/ConditionsEditor.h"
#include "layout/InspectorFields.h"
#include "layout/SectionIcons.h"
#include "layout/TileColors.h"

#include <QApplication>
#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

const QString GrantFields[] = {u"canView"_s, u"canEdit"_s, u"canHide"_s};

QList<Role> rolesHighestFirst()
{
    QList<Role> roles = allRoles();
    std::reverse(roles.begin(), roles.end());
    return roles;
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

QFormLayout *formIn(QGroupBox *group, const QString &objectName)
{
    group->setObjectName(objectName);
    auto *form = new QFormLayout(group);
    // Narrow (1024-pixel window, Spanish): a field goes under its label rather than past the
    // pane's edge.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    return form;
}

QIcon swatchIcon(const QColor &color, const QPalette &palette)
{
    QPixmap pixmap(18, 18);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(palette.color(QPalette::Mid));
    painter.setBrush(color.isValid() ? color : palette.color(QPalette::Button));
    painter.drawRoundedRect(QRectF(0.5, 0.5, 17, 17), 3, 3);
    return QIcon(pixmap);
}

} // namespace

SectionInspector::SectionInspector(LayoutDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_colorChooser([](const QColor &initial, QWidget *owner) {
        return QColorDialog::getColor(initial, owner, tr("Section colour"));
    })
    , m_pages(new QStackedWidget(this))
{
    setObjectName(u"sectionInspector"_s);
    m_empty = new QLabel(tr("Select a tile to edit its section."), m_pages);
    m_empty->setObjectName(u"inspectorEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(buildForm());
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    connect(m_document, &LayoutDocument::changed, this, &SectionInspector::refresh);
    connect(m_document, &LayoutDocument::selectionChanged, this, &SectionInspector::refresh);
    connect(m_document, &LayoutDocument::readOnlyChanged, this, &SectionInspector::refresh);
    connect(m_document, &LayoutDocument::conflictsChanged, this, &SectionInspector::refresh);
    refresh();
}

void SectionInspector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_empty->setText(tr("Select a tile to edit its section."));
        // Every label of the form is built in the new language; the values are shown again.
        QWidget *old = m_pages->widget(1);
        const bool focused = old && old->isAncestorOf(QApplication::focusWidget());
        m_roles.clear();
        m_phases.clear();
        m_grants.clear();
        m_rows.clear();
        m_pages->insertWidget(1, buildForm());
        if (old) {
            m_pages->removeWidget(old);
            old->deleteLater();
        }
        refresh();
        if (focused)
            focusFirstField();
    }
    QWidget::changeEvent(event);
}

QWidget *SectionInspector::buildForm()
{
    m_notice = new QLabel;
    m_generalErrors = new QLabel;
    auto *form = new QWidget;
    auto *column = new QVBoxLayout(form);
    m_notice->setObjectName(u"inspectorNotice"_s);
    m_notice->setWordWrap(true);
    m_generalErrors->setObjectName(u"inspectorGeneralErrors"_s);
    m_generalErrors->setWordWrap(true);
    m_generalErrors->hide();
    column->addWidget(m_notice);
    column->addWidget(m_generalErrors);
    column->addWidget(buildCustomization());
    column->addWidget(buildLayout());
    column->addWidget(buildVisibility());
    column->addWidget(buildPermissions());
    column->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"inspectorScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(form);

    // Text fields keep an undo history of their own, which would take Ctrl+Z from the
    // document's: every field edit already is an undo step there.
    for (QLineEdit *edit : form->findChildren<QLineEdit *>())
        edit->installEventFilter(this);
    return scroll;
}

bool SectionInspector::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo))
            return true; // not accepted: a window shortcut for Undo/Redo gets the key
    }
    return QWidget::eventFilter(watched, event);
}

void SectionInspector::setColorChooser(ColorChooser chooser)
{
    m_colorChooser = std::move(chooser);
}

void SectionInspector::focusFirstField()
{
    if (m_title->isEnabled())
        m_title->setFocus(Qt::OtherFocusReason);
}

QWidget *SectionInspector::withError(const QString &field, QWidget *editor,
                                     QList<QWidget *> editors)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    auto *error = new QLabel(box);
    error->setObjectName(u"inspectorError_"_s + field);
    error->setWordWrap(true);
    error->hide();
    layout->addWidget(error);
    m_rows.insert(field, FieldRow {editors.isEmpty() ? QList<QWidget *> {editor} : editors, error});
    return box;
}

QWidget *SectionInspector::buildCustomization()
{
    auto *group = new QGroupBox(tr("Customization"));
    auto *form = formIn(group, u"inspectorCustomization"_s);

    m_title = new QLineEdit;
    m_title->setObjectName(u"inspectorTitle"_s);
    m_title->setAccessibleName(tr("Title"));
    m_titleCount = new QLabel;
    m_titleCount->setObjectName(u"inspectorTitleCount"_s);
    m_titleCount->setWordWrap(true);
    auto *titleBox = new QWidget;
    auto *titleLayout = new QVBoxLayout(titleBox);
    titleLayout->setContentsMargins(0, 0, 0, 0);
    titleLayout->setSpacing(2);
    titleLayout->addWidget(m_title);
    titleLayout->addWidget(m_titleCount);
    form->addRow(tr("Title"), withError(u"title"_s, titleBox, {m_title}));
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_titleCount->setText(titleCountText(text));
        edit(u"title"_s, text);
    });

    m_subtitle = new QLineEdit;
    m_subtitle->setObjectName(u"inspectorSubtitle"_s);
    m_subtitle->setAccessibleName(tr("Subtitle"));
    form->addRow(tr("Subtitle"), withError(u"subtitle"_s, m_subtitle));
    connect(m_subtitle, &QLineEdit::textEdited, this,
            [this](const QString &text) { edit(u"subtitle"_s, text); });

    m_color = new QLineEdit;
    m_color->setObjectName(u"inspectorColor"_s);
    m_color->setAccessibleName(tr("Colour"));
    m_color->setPlaceholderText(tr("#RRGGBB, or empty for the theme's colour"));
    m_swatch = new QToolButton;
    m_swatch->setObjectName(u"inspectorColorSwatch"_s);
    m_swatch->setAccessibleName(tr("Choose a colour"));
    m_swatch->setToolTip(tr("Choose a colour"));
    auto *colorBox = new QWidget;
    auto *colorLayout = new QHBoxLayout(colorBox);
    colorLayout->setContentsMargins(0, 0, 0, 0);
    colorLayout->addWidget(m_color, 1);
    colorLayout->addWidget(m_swatch);
    form->addRow(tr("Colour"), withError(u"color"_s, colorBox, {m_color, m_swatch}));
    connect(m_color, &QLineEdit::textEdited, this,
            [this](const QString &text) { edit(u"color"_s, text); });
    connect(m_swatch, &QToolButton::clicked, this, &SectionInspector::chooseColor);

    m_icon = new QComboBox;
    m_icon->setObjectName(u"inspectorIcon"_s);
    m_icon->setAccessibleName(tr("Icon"));
    m_icon->addItem(QIcon(sectionIconPixmap(sectionIconResource(u""), 16,
                                            palette().color(QPalette::WindowText), 1.0)),
                    tr("None"), QString());
    for (const SectionIcon &icon : bundledSectionIcons())
        m_icon->addItem(
            QIcon(sectionIconPixmap(icon.resource, 16, palette().color(QPalette::WindowText), 1.0)),
            icon.name, icon.name);
    form->addRow(tr("Icon"), withError(u"icon"_s, m_icon));
    connect(m_icon, &QComboBox::activated, this,
            [this](int index) { edit(u"icon"_s, m_icon->itemData(index).toString()); });
    return group;
}

QWidget *SectionInspector::buildLayout()
{
    auto *group = new QGroupBox(tr("Layout"));
    auto *form = formIn(group, u"inspectorLayout"_s);

    m_columns = new QSpinBox;
    m_columns->setObjectName(u"inspectorColumns"_s);
    m_columns->setAccessibleName(tr("Columns"));
    m_columns->setRange(1, GridColumns);
    form->addRow(tr("Columns"), withError(u"columns"_s, m_columns));
    connect(m_columns, &QSpinBox::valueChanged, this,
            [this](int value) { edit(u"columns"_s, value); });

    m_size = new QComboBox;
    m_size->setObjectName(u"inspectorSize"_s);
    m_size->setAccessibleName(tr("Size"));
    m_size->addItem(tr("Small (1 row)"), u"small"_s);
    m_size->addItem(tr("Medium (2 rows)"), u"medium"_s);
    m_size->addItem(tr("Large (3 rows)"), u"large"_s);
    m_size->addItem(tr("Full (4 rows)"), u"full"_s);
    form->addRow(tr("Size"), withError(u"size"_s, m_size));
    connect(m_size, &QComboBox::activated, this,
            [this](int index) { edit(u"size"_s, m_size->itemData(index).toString()); });

    m_position = new QLabel;
    m_position->setObjectName(u"inspectorPosition"_s);
    m_position->setWordWrap(true);
    form->addRow(tr("Position"), withError(u"position"_s, m_position));
    return group;
}

QWidget *SectionInspector::buildVisibility()
{
    auto *group = new QGroupBox(tr("Visibility"));
    auto *form = formIn(group, u"inspectorVisibility"_s);

    auto *roles = new QWidget;
    auto *roleGrid = new QGridLayout(roles);
    roleGrid->setContentsMargins(0, 0, 0, 0);
    QList<QWidget *> roleBoxes;
    int index = 0;
    for (Role role : rolesHighestFirst()) {
        auto *box = new QCheckBox(roleDisplayName(role));
        box->setObjectName(u"inspectorRole_"_s + roleName(role));
        roleGrid->addWidget(box, index / 2, index % 2);
        ++index;
        m_roles.insert(roleName(role), box);
        roleBoxes << box;
        connect(box, &QCheckBox::clicked, this, &SectionInspector::editRoles);
    }
    form->addRow(tr("Visible to"), withError(u"roles"_s, roles, roleBoxes));

    auto *phases = new QWidget;
    auto *phaseLayout = new QVBoxLayout(phases);
    phaseLayout->setContentsMargins(0, 0, 0, 0);
    m_everyPhase = new QCheckBox(tr("Every phase"));
    m_everyPhase->setObjectName(u"inspectorEveryPhase"_s);
    phaseLayout->addWidget(m_everyPhase);
    QList<QWidget *> phaseBoxes {m_everyPhase};
    for (WeddingPhase phase : allWeddingPhases()) {
        auto *box = new QCheckBox(weddingPhaseDisplayName(phase));
        box->setObjectName(u"inspectorPhase_"_s + weddingPhaseName(phase));
        phaseLayout->addWidget(box);
        m_phases.insert(weddingPhaseName(phase), box);
        phaseBoxes << box;
        connect(box, &QCheckBox::clicked, this, &SectionInspector::editPhases);
    }
    connect(m_everyPhase, &QCheckBox::clicked, this, &SectionInspector::editPhases);
    form->addRow(tr("Phases"), withError(u"phases"_s, phases, phaseBoxes));

    m_conditions = new ConditionsEditor;
    form->addRow(tr("Conditions"), withError(u"conditions"_s, m_conditions));
    connect(m_conditions, &ConditionsEditor::edited, this,
            [this](const QJsonObject &conditions) { edit(u"conditions"_s, conditions); });
    return group;
}

QWidget *SectionInspector::buildPermissions()
{
    auto *group = new QGroupBox(tr("Permissions"));
    group->setObjectName(u"inspectorPermissions"_s);
    auto *layout = new QVBoxLayout(group);
    auto *grid = new QGridLayout;
    const QString headers[] = {tr("View"), tr("Edit"), tr("Hide")};
    for (int c = 0; c < 3; ++c)
        grid->addWidget(new QLabel(headers[c]), 0, c + 1, Qt::AlignHCenter);
    int row = 1;
    for (Role role : rolesHighestFirst()) {
        grid->addWidget(new QLabel(roleDisplayName(role)), row, 0);
        for (int c = 0; c < 3; ++c) {
            const QString &field = GrantFields[c];
            auto *box = new QCheckBox;
            box->setObjectName(u"inspector"_s + field.front().toUpper() + field.mid(1) + u'_'
                               + roleName(role));
            const QString names[] = {tr("%1 may view this section"), tr("%1 may edit this section"),
                                     tr("%1 may hide this section")};
            box->setAccessibleName(names[c].arg(roleDisplayName(role)));
            grid->addWidget(box, row, c + 1, Qt::AlignHCenter);
            m_grants[field].insert(roleName(role), box);
            connect(box, &QCheckBox::clicked, this, [this, field] { editPermission(field); });
        }
        ++row;
    }
    layout->addLayout(grid);
    for (const QString &field : GrantFields) {
        auto *error = new QLabel;
        error->setObjectName(u"inspectorError_"_s + field);
        error->setWordWrap(true);
        error->hide();
        layout->addWidget(error);
        const QList<QCheckBox *> boxes = m_grants.value(field).values();
        m_rows.insert(field, FieldRow {QList<QWidget *>(boxes.cbegin(), boxes.cend()), error});
    }
    return group;
}

void SectionInspector::refresh()
{
    const QString id = m_document->selectedId();
    const bool known = !id.isEmpty() && m_document->section(id).has_value();
    m_sectionId = known ? id : QString();
    m_pages->setCurrentIndex(known ? 1 : 0);
    if (!known)
        return;
    refreshValues();
    refreshErrors();
    refreshEnabled();
}

void SectionInspector::refreshValues()
{
    const SectionConfig section = *m_document->section(m_sectionId);
    const auto &c = section.customization;
    setTextKeepingCursor(m_title, c.title);
    m_titleCount->setText(titleCountText(c.title));
    setTextKeepingCursor(m_subtitle, c.subtitle);
    setTextKeepingCursor(m_color, c.color);
    m_swatch->setIcon(swatchIcon(tileFillColor(c.color, palette()), palette()));
    {
        const QSignalBlocker blocker(m_icon);
        int index = m_icon->findData(c.icon);
        if (index < 0) {
            // Another name of a bundled icon ("clock") is listed as it is, with that icon; a
            // name without one, with the neutral icon and saying so.
            m_icon->addItem(QIcon(sectionIconPixmap(sectionIconResource(c.icon), 16,
                                                    palette().color(QPalette::WindowText), 1.0)),
                            isBundledSectionIcon(c.icon) ? c.icon
                                                         : tr("%1 (no bundled icon)").arg(c.icon),
                            c.icon);
            index = m_icon->count() - 1;
        }
        m_icon->setCurrentIndex(index);
    }
    {
        const QSignalBlocker blocker(m_columns);
        m_columns->setValue(section.layout.columns);
    }
    {
        const QSignalBlocker blocker(m_size);
        int index = m_size->findData(section.layout.size);
        if (index < 0) {
            m_size->addItem(section.layout.size, section.layout.size);
            index = m_size->count() - 1;
        }
        m_size->setCurrentIndex(index);
    }
    const GridLayout &grid = m_document->grid();
    if (const auto index = grid.indexOf(m_sectionId)) {
        const GridRect &cells = grid.tiles.at(*index).rect;
        m_position->setText(
            tr("Row %1, column %2 (drag the tile to move it)").arg(cells.row).arg(cells.column));
    }

    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(section.visibility.roles.contains(it.key()));
    }
    const QJsonValue phases = sectionFieldValue(section, u"phases");
    {
        const QSignalBlocker blocker(m_everyPhase);
        m_everyPhase->setChecked(phases.isNull());
    }
    const QStringList phaseList = stringsOf(phases);
    for (auto it = m_phases.cbegin(); it != m_phases.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(phases.isNull() || phaseList.contains(it.key()));
    }
    if (m_conditions->conditions() != section.visibility.conditions)
        m_conditions->setConditions(section.visibility.conditions);
    for (const QString &field : GrantFields) {
        const QStringList granted = stringsOf(sectionFieldValue(section, field));
        for (auto it = m_grants[field].cbegin(); it != m_grants[field].cend(); ++it) {
            const QSignalBlocker blocker(it.value());
            it.value()->setChecked(granted.contains(it.key()));
        }
    }
}

void SectionInspector::refreshErrors()
{
    QHash<QString, QStringList> byField;
    QStringList general;
    for (const FieldError &error : m_document->errors(m_sectionId)) {
        const QString field = inspectorFieldForErrorPath(error.field);
        if (m_rows.contains(field))
            byField[field] << error.message;
        else
            general << error.message;
    }
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const QString message = byField.value(it.key()).join(u' ');
        showFieldError(nullptr, it->error, message);
        for (QWidget *editor : it->editors)
            showFieldError(editor, nullptr, message);
    }
    m_generalErrors->setText(general.join(u'\n'));
    m_generalErrors->setVisible(!general.isEmpty());
    QPalette pal = m_generalErrors->palette();
    pal.setColor(QPalette::WindowText, errorColor(palette()));
    m_generalErrors->setPalette(pal);
}

void SectionInspector::refreshEnabled()
{
    const bool editable = !m_document->isReadOnly() && m_document->mayEdit(m_sectionId);
    const bool grants = editable && m_document->mayChangeGrants();
    if (m_document->isReadOnly())
        m_notice->setText(tr("This layout is read-only for your account."));
    else if (!editable)
        m_notice->setText(tr("Your role cannot change this section."));
    else if (!m_document->mayChangeGrants())
        m_notice->setText(tr("Only admins change who sees a section; you can change its "
                             "look, layout, phases and conditions."));
    else
        m_notice->clear();
    m_notice->setVisible(!m_notice->text().isEmpty());

    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const bool grant = isGrantField(it.key());
        for (QWidget *editor : it->editors) {
            editor->setEnabled(grant ? grants : editable);
            if (grant)
                editor->setToolTip(editable && !grants ? tr("Only admins change who sees a section")
                                                       : QString());
        }
    }
    m_conditions->setEnabled(editable);
    // Each phase box only counts when "Every phase" is off.
    for (QCheckBox *box : std::as_const(m_phases))
        box->setEnabled(editable && !m_everyPhase->isChecked());
}

void SectionInspector::edit(const QString &field, const QJsonValue &value)
{
    if (m_sectionId.isEmpty())
        return;
    const Result<bool> result = m_document->setField(m_sectionId, field, value);
    if (!result.ok()) {
        Q_EMIT statusMessage(result.error().message);
        refresh(); // put the refused value back
    }
}

void SectionInspector::editRoles()
{
    QJsonArray roles;
    for (Role role : allRoles()) {
        if (m_roles.value(roleName(role))->isChecked())
            roles.append(roleName(role));
    }
    edit(u"roles"_s, roles);
}

void SectionInspector::editPhases()
{
    if (m_everyPhase->isChecked()) {
        edit(u"phases"_s, QJsonValue::Null);
        return;
    }
    QJsonArray phases;
    for (WeddingPhase phase : allWeddingPhases()) {
        if (m_phases.value(weddingPhaseName(phase))->isChecked())
            phases.append(weddingPhaseName(phase));
    }
    edit(u"phases"_s, phases);
}

void SectionInspector::editPermission(const QString &field)
{
    QJsonArray roles;
    for (Role role : allRoles()) {
        if (m_grants[field].value(roleName(role))->isChecked())
            roles.append(roleName(role));
    }
    edit(field, roles);
}

void SectionInspector::chooseColor()
{
    if (!m_colorChooser || m_sectionId.isEmpty())
        return;
    const QColor current = tileFillColor(m_color->text(), palette());
    const QColor chosen = m_colorChooser(current, this);
    if (chosen.isValid())
        edit(u"color"_s, chosen.name(QColor::HexRgb));
}

} // namespace wedsync
