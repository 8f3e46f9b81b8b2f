#include "permissions/PermissionsPage.h"

#include "LayoutDocument.h"
#include "ModelRoles.h"
#include "PermissionMatrixFindings.h"
#include "PermissionsDocument.h"
#include "SectionNames.h"
#include "common/UserPrompts.h"
#include "layout/DocumentSync.h"
#include "layout/LayoutFeed.h"
#include "layout/PermissionsApply.h"
#include "permissions/CellConflictDialog.h"
#include "permissions/CopyRoleDialog.h"
#include "permissions/EvaluatePane.h"
#include "permissions/PermissionCellDelegate.h"
#include "permissions/PermissionImportDialog.h"
#include "permissions/PermissionTemplateDialog.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

constexpr CellFlag Flags[] = {ViewFlag, EditFlag, HideFlag};
constexpr int SectionIdData = Qt::UserRole;

QString findingKey(const IntegrityFinding &finding)
{
    return finding.rule + u'|' + finding.subjectId + u'|' + finding.message;
}

QIcon severityIcon(const QStyle *style, IntegritySeverity severity)
{
    switch (severity) {
    case IntegritySeverity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case IntegritySeverity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case IntegritySeverity::Info:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxInformation);
}

} // namespace

PermissionsPage::PermissionsPage(LayoutFeed *feed, PermissionsApply *apply, UserPrompts *prompts,
                                 QWidget *parent)
    : ConsolePage(parent)
    , m_feed(feed)
    , m_apply(apply)
    , m_prompts(prompts)
    , m_document(new LayoutDocument(this))
    , m_sync(new DocumentSync(feed, m_document, this))
    , m_model(new PermissionMatrixModel(m_document, this))
{
    setObjectName(pageId());
    feed->setPresenceEnabled(false);

    m_scopeLabel = new QLabel(this);
    m_scopeLabel->setObjectName(u"permissionsScope"_s);
    QFont bold = m_scopeLabel->font();
    bold.setBold(true);
    m_scopeLabel->setFont(bold);
    m_scopeLabel->setWordWrap(true);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"permissionsSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(120);
    m_search->setMaximumWidth(260);
    m_bulk = new QToolButton(this);
    m_bulk->setObjectName(u"permissionsBulk"_s);
    m_bulk->setPopupMode(QToolButton::InstantPopup);
    m_bulk->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_bulk->setMenu(new QMenu(m_bulk));
    m_copyRole = new QPushButton(this);
    m_copyRole->setObjectName(u"copyRole"_s);
    m_import = new QPushButton(this);
    m_import->setObjectName(u"importPermissions"_s);
    m_template = new QPushButton(this);
    m_template->setObjectName(u"applyPermissionTemplate"_s);
    m_export = new QToolButton(this);
    m_export->setObjectName(u"exportPermissions"_s);
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_export->setMenu(new QMenu(m_export));
    m_changes = new QLabel(this);
    m_changes->setObjectName(u"permissionsChanges"_s);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"permissionsSaveProgress"_s);
    m_progress->setMaximumWidth(120);
    m_progress->hide();
    m_discard = new QPushButton(this);
    m_discard->setObjectName(u"permissionsDiscard"_s);
    m_save = new QPushButton(this);
    m_save->setObjectName(u"permissionsSave"_s);
    m_notice = new QLabel(this);
    m_notice->setObjectName(u"permissionsNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_review = new QPushButton(this);
    m_review->setObjectName(u"permissionsReview"_s);
    m_review->hide();

    // Made here, after the bar's widgets, for the Tab order; the panes sit under it.
    m_table = new PermissionMatrixView(m_model, this);
    m_table->setObjectName(u"permissionMatrix"_s);
    m_proxy = m_table->proxy();
    m_delegate = m_table->cellDelegate();
    m_legend = new QLabel(this);
    m_legend->setObjectName(u"permissionsLegend"_s);
    m_legend->setWordWrap(true);

    // The panes' tabs before what they show (they sit above it): made first, for Tab.
    m_side = new QTabWidget(this);
    m_side->setObjectName(u"permissionsSidePanes"_s);
    m_findings = new QListWidget(this);
    m_findings->setObjectName(u"permissionFindings"_s);
    m_findings->setWordWrap(true);
    m_evaluate = new EvaluatePane(m_document, this);
    m_side->addTab(m_findings, QString());
    m_side->addTab(m_evaluate, QString());
    m_side->setMinimumHeight(160);

    auto *matrix = new QWidget(this);
    auto *matrixLayout = new QVBoxLayout(matrix);
    matrixLayout->setContentsMargins(0, 0, 0, 0);
    matrixLayout->addWidget(m_table, 1);
    matrixLayout->addWidget(m_legend);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"permissionsSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(matrix);
    splitter->addWidget(m_side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400}); // in proportion, whatever the window's height

    // Two rows, so that the whole bar fits a 1024-pixel window in Spanish too: where and the
    // save, then the tools.
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_scopeLabel, 1);
    bar->addWidget(m_changes);
    bar->addWidget(m_progress);
    bar->addWidget(m_discard);
    bar->addWidget(m_save);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_search, 1);
    tools->addWidget(m_bulk);
    tools->addWidget(m_copyRole);
    tools->addWidget(m_import);
    tools->addWidget(m_template);
    tools->addWidget(m_export);
    tools->addStretch(1);
    auto *notice = new QHBoxLayout;
    notice->addWidget(m_notice, 1);
    notice->addWidget(m_review);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addLayout(bar);
    layout->addLayout(tools);
    layout->addLayout(notice);
    layout->addWidget(splitter, 1);

    buildActions();

    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_delegate, &PermissionCellDelegate::toggleClicked, this,
            [this](const QModelIndex &index, CellFlag flag) {
                m_table->setCurrentIndex(index);
                if (auto done = m_model->toggle(m_proxy->mapToSource(index), flag); !done)
                    say(done.error().message);
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PermissionsPage::updateState);
    connect(m_copyRole, &QPushButton::clicked, this, [this] { copyRole(); });
    connect(m_import, &QPushButton::clicked, this, &PermissionsPage::importFile);
    connect(m_template, &QPushButton::clicked, this, &PermissionsPage::chooseTemplate);
    connect(m_apply, &PermissionsApply::templatesRead, this, &PermissionsPage::onTemplatesRead);
    connect(m_export->menu(), &QMenu::aboutToShow, this, &PermissionsPage::fillExportMenu);
    connect(m_apply, &PermissionsApply::finished, this, &PermissionsPage::onImported);
    connect(m_save, &QPushButton::clicked, this, &PermissionsPage::save);
    connect(m_discard, &QPushButton::clicked, this, [this] {
        if (!m_prompts->confirm(this, tr("Discard your changes?"),
                                tr("Your unsaved permission changes to %n section(s) are lost.",
                                   nullptr, int(m_document->modifiedIds().size())),
                                tr("Discard changes")))
            return;
        m_document->reset(m_document->organizationId(), m_document->weddingId(), m_document->base(),
                          m_document->layoutVersion());
        m_feed->reload();
    });
    connect(m_review, &QPushButton::clicked, this, &PermissionsPage::reviewConflicts);
    const auto activateFinding = [this](QListWidgetItem *item) {
        const QString id = item->data(SectionIdData).toString();
        const auto role = roleFromName(item->data(SectionIdData + 1).toString());
        if (!id.isEmpty())
            selectCell(id, role);
    };
    connect(m_findings, &QListWidget::itemActivated, this, activateFinding);
    connect(m_findings, &QListWidget::itemClicked, this, activateFinding);
    connect(m_evaluate, &EvaluatePane::sectionActivated, this,
            [this](const QString &id) { selectCell(id); });

    connect(m_document, &LayoutDocument::conflictsChanged, this, &PermissionsPage::showFindings);
    connect(m_document, &LayoutDocument::changed, this, [this] {
        showFindings();
        updateState();
    });
    connect(m_document, &LayoutDocument::conflictsChanged, this, &PermissionsPage::updateNotice);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this,
            &PermissionsPage::updateState);
    connect(m_sync, &DocumentSync::opened, this, &PermissionsPage::onOpened);
    connect(m_sync, &DocumentSync::loaded, this, &PermissionsPage::onLoaded);
    connect(m_sync, &DocumentSync::loadFailed, this, [this](const QString &message) {
        m_loadError = message;
        updateNotice();
        say(message);
    });
    connect(m_feed, &LayoutFeed::membersLoaded, m_evaluate, &EvaluatePane::setMembers);
    connect(m_sync, &DocumentSync::saveProgress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
        m_progress->show();
    });
    connect(m_sync, &DocumentSync::saveConflict, this, [this](const SectionConfig &current) {
        say(tr("Someone else saved the permissions of %1 first: choose what to keep.")
                .arg(sectionDisplayName(current)));
    });
    connect(m_sync, &DocumentSync::savedLocally, this, [this](int entries) {
        say(tr("The server cannot be reached: %n change(s) saved on this computer; they are "
               "sent when it is back.",
               nullptr, entries));
    });
    connect(m_sync, &DocumentSync::saveFinished, this, &PermissionsPage::onSaveFinished);

    retranslate();
    updateState();
}

PermissionsPage::~PermissionsPage()
{
    m_feed->close();
}

void PermissionsPage::buildActions()
{
    m_saveAction = new QAction(this);
    m_saveAction->setObjectName(u"savePermissionsAction"_s);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_saveAction);
    connect(m_saveAction, &QAction::triggered, this, &PermissionsPage::save);
    for (CellFlag flag : Flags) {
        auto *set = m_bulk->menu()->addAction(QString());
        auto *clear = m_bulk->menu()->addAction(QString());
        set->setObjectName(u"allow%1"_s.arg(int(flag)));
        clear->setObjectName(u"deny%1"_s.arg(int(flag)));
        connect(set, &QAction::triggered, this, [this, flag] { setFlagOnSelection(flag, true); });
        connect(clear, &QAction::triggered, this,
                [this, flag] { setFlagOnSelection(flag, false); });
        m_setActions.insert(flag, set);
        m_clearActions.insert(flag, clear);
        // The toggle's letter on the keyboard, inside the matrix only.
        auto *toggle = new QAction(this);
        toggle->setShortcutContext(Qt::WidgetShortcut);
        m_table->addAction(toggle);
        connect(toggle, &QAction::triggered, this, [this, flag] { toggleFlagOnSelection(flag); });
        m_toggleActions.insert(flag, toggle);
    }
    auto *space = new QAction(this);
    space->setShortcut(Qt::Key_Space);
    space->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(space);
    connect(space, &QAction::triggered, this, [this] { toggleFlagOnSelection(ViewFlag); });
}

QString PermissionsPage::title() const
{
    return tr("Permissions");
}

QIcon PermissionsPage::icon() const
{
    return style()->standardIcon(QStyle::SP_DialogApplyButton);
}

QUndoStack *PermissionsPage::undoStack() const
{
    return m_document->undoStack();
}

bool PermissionsPage::hasUnsavedChanges() const
{
    return m_document->isModified();
}

void PermissionsPage::activate()
{
    m_activated = true;
    m_sync->openWhenSaved(scope().organizationId, scope().weddingId);
}

void PermissionsPage::refresh()
{
    if (!m_sync->organizationId().isEmpty())
        m_feed->reload();
}

void PermissionsPage::setSignedInUser(const QString &userId, const QString &label)
{
    m_feed->setOperator(userId, label);
}

void PermissionsPage::setAccess(bool readOnly, const QString &reason)
{
    m_readOnlyAccess = readOnly;
    m_readOnlyReason = reason;
    m_document->setReadOnly(readOnly || m_sync->isInherited());
    updateState();
}

void PermissionsPage::setWeddings(const QString &organizationId, const QList<WeddingItem> &weddings)
{
    m_weddings.removeIf([&organizationId](const QHash<QString, WeddingItem>::iterator &it) {
        return it.value().organizationId == organizationId;
    });
    for (const WeddingItem &wedding : weddings)
        m_weddings.insert(wedding.id, wedding);
    if (organizationId == m_sync->organizationId() || m_sync->organizationId().isEmpty())
        m_evaluate->setWeddings(weddings);
    updateState();
}

void PermissionsPage::scopeChanged()
{
    if (!m_activated)
        return;
    if (!m_sync->isSaving() && m_document->isModified() && !m_document->isReadOnly()
        && m_prompts->confirm(this, tr("Save your permission changes?"),
                              tr("You have unsaved permission changes to %n section(s) of the "
                                 "dashboard you are leaving. Save them before switching? If you "
                                 "don't, they are discarded.",
                                 nullptr, int(m_document->modifiedIds().size())),
                              tr("Save changes")))
        save();
    m_sync->openWhenSaved(scope().organizationId, scope().weddingId);
}

void PermissionsPage::onOpened()
{
    m_loadError.clear();
    QList<WeddingItem> weddings;
    for (const WeddingItem &item : std::as_const(m_weddings)) {
        if (item.organizationId == m_sync->organizationId())
            weddings.append(item);
    }
    std::sort(weddings.begin(), weddings.end(), [](const WeddingItem &a, const WeddingItem &b) {
        return a.weddingDate < b.weddingDate;
    });
    m_evaluate->setWeddings(weddings);
    m_evaluate->setDefaultWedding(m_sync->weddingId());
    updateState();
}

void PermissionsPage::onLoaded(bool fromCache)
{
    m_loadError.clear();
    m_document->setReadOnly(m_readOnlyAccess || m_sync->isInherited());
    updateState();
    Q_EMIT dataUpdated(QDateTime::currentDateTimeUtc(), fromCache);
}

QModelIndexList PermissionsPage::selectedCells() const
{
    QModelIndexList cells;
    const QModelIndexList picked = m_table->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : picked)
        cells.append(m_proxy->mapToSource(index));
    if (cells.isEmpty() && m_table->currentIndex().isValid())
        cells.append(m_proxy->mapToSource(m_table->currentIndex()));
    return cells;
}

void PermissionsPage::setFlagOnSelection(CellFlag flag, bool on)
{
    const QModelIndexList cells = selectedCells();
    if (cells.isEmpty()) {
        say(tr("Select cells, rows or columns of the matrix first."));
        return;
    }
    if (auto done = m_model->setFlag(cells, flag, on); !done)
        say(done.error().message);
}

void PermissionsPage::toggleFlagOnSelection(CellFlag flag)
{
    const QModelIndexList cells = selectedCells();
    bool all = !cells.isEmpty();
    for (const QModelIndex &cell : cells) {
        if (cell.column() == PermissionMatrixModel::SectionColumn) {
            for (int column = 1; column < m_model->columnCount(); ++column)
                all = all && (m_model->index(cell.row(), column).data(GrantRole).toInt() & flag);
        } else {
            all = all && (cell.data(GrantRole).toInt() & flag);
        }
    }
    setFlagOnSelection(flag, !all);
}

void PermissionsPage::copyRole(std::optional<Role> from, std::optional<Role> to)
{
    if (!from || !to) {
        CopyRoleDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        from = dialog.from();
        to = dialog.to();
    }
    auto done = m_model->copyRole(*from, *to);
    if (!done)
        say(done.error().message);
    else if (!done.value())
        say(tr("%1 already has the same permissions as %2.")
                .arg(roleDisplayName(*to), roleDisplayName(*from)));
    else
        say(tr("Copied %1's permissions to %2; Ctrl+Z undoes it.")
                .arg(roleDisplayName(*from), roleDisplayName(*to)));
}

void PermissionsPage::selectCell(const QString &sectionId, std::optional<Role> role)
{
    const int row = m_model->rowOf(sectionId);
    if (row < 0)
        return;
    if (!m_proxy->mapFromSource(m_model->index(row, 0)).isValid())
        m_search->clear(); // the filter hid it
    const int column
        = role ? PermissionMatrixModel::columnOf(*role) : PermissionMatrixModel::SectionColumn;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, column));
    m_table->setCurrentIndex(index);
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
    m_table->scrollTo(index);
    m_table->setFocus(Qt::OtherFocusReason);
}

QList<IntegrityFinding> PermissionsPage::addedFindings(const PermissionMatrix &matrix)
{
    QSet<QString> now;
    for (const IntegrityFinding &finding : std::as_const(m_findingsShown))
        now.insert(findingKey(finding));
    QList<IntegrityFinding> added;
    for (const IntegrityFinding &finding : findingsOf(matrix)) {
        if (!now.contains(findingKey(finding)))
            added.append(finding);
    }
    return added;
}

QList<IntegrityFinding> PermissionsPage::findingsOf(const PermissionMatrix &matrix)
{
    // Rebuilt when the saved sections change (a load, a save, someone else's save); between
    // those, only the rows an edit touched are checked again.
    if (!m_matrixFindings || m_matrixFindings->saved() != m_document->base()) {
        m_matrixFindings = std::make_unique<MatrixFindings>(m_document->base(),
                                                            m_document->organizationDefaults());
        // What a save is compared with: the errors the saved matrix has already.
        m_savedErrors.clear();
        const IntegrityReport saved = matrixFindings(
            PermissionMatrix::fromSections(m_document->organizationId(), m_document->base()),
            m_document->base(), m_document->organizationDefaults());
        for (const IntegrityFinding &finding : saved.findings) {
            if (finding.severity == IntegritySeverity::Error)
                m_savedErrors.insert(findingKey(finding));
        }
    }
    return m_matrixFindings->check(matrix).findings;
}

void PermissionsPage::showFindings()
{
    const QString current = m_findings->currentItem()
        ? m_findings->currentItem()->data(Qt::DisplayRole).toString()
        : QString();
    m_findingsShown = findingsOf(
        PermissionMatrix::fromSections(m_document->organizationId(), m_document->sections()));
    m_findings->clear();
    for (const IntegrityFinding &finding : std::as_const(m_findingsShown)) {
        auto *item = new QListWidgetItem(severityIcon(style(), finding.severity), finding.message,
                                         m_findings);
        if (finding.subjectKind == IntegritySubject::Section)
            item->setData(SectionIdData, finding.subjectId);
        if (finding.role)
            item->setData(SectionIdData + 1, roleName(*finding.role));
        item->setToolTip(finding.message);
        if (finding.message == current)
            m_findings->setCurrentItem(item);
    }
    if (m_findings->count() == 0) {
        auto *none = new QListWidgetItem(tr("No findings: every role's access looks deliberate."),
                                         m_findings);
        none->setFlags(Qt::ItemIsEnabled);
    }
    const qsizetype count = m_findingsShown.size();
    m_side->setTabText(0, count ? tr("Findings (%1)").arg(count) : tr("Findings"));
}

QStringList PermissionsPage::newErrors() const
{
    QStringList added;
    for (const IntegrityFinding &finding : std::as_const(m_findingsShown)) {
        if (finding.severity == IntegritySeverity::Error
            && !m_savedErrors.contains(findingKey(finding)))
            added.append(finding.message);
    }
    return added;
}

bool PermissionsPage::save()
{
    if (m_document->isReadOnly() || !m_document->isModified() || m_sync->isSaving())
        return false;
    if (!m_document->conflictedIds().isEmpty()) {
        say(tr("Someone else changed permissions you edited: choose what to keep first."));
        reviewConflicts();
        return false;
    }
    if (const QStringList errors = newErrors(); !errors.isEmpty()
        && !m_prompts->confirm(this, tr("Save with new problems?"),
                               tr("This save introduces %n error(s):\n\n%1\n\nSave anyway?",
                                  nullptr, int(errors.size()))
                                   .arg(errors.join(u"\n\n"_s)),
                               tr("Save anyway"))) {
        showPane(u"findings"_s);
        return false;
    }
    if (!m_sync->save())
        return false;
    m_progress->setRange(0, m_sync->sectionsInSave());
    m_progress->setValue(0);
    m_progress->show();
    say(tr("Saving the permissions of %n section(s)…", nullptr, m_sync->sectionsInSave()));
    updateState();
    return true;
}

void PermissionsPage::fillExportMenu()
{
    QMenu *menu = m_export->menu();
    menu->clear();
    menu->addAction(tr("Whole matrix…"), this, [this] { exportRoles({}); });
    menu->addSeparator();
    for (Role role : PermissionMatrixModel::columnRoles()) {
        menu->addAction(tr("%1 only…").arg(roleDisplayName(role)), this,
                        [this, role] { exportRoles({role}); });
    }
}

void PermissionsPage::exportRoles(const QList<Role> &roles)
{
    const QString suggested = roles.size() == 1
        ? u"permissions-%1.json"_s.arg(roleName(roles.first()))
        : u"permissions.json"_s;
    const QString path = m_prompts->saveFileName(this, tr("Export permissions"), suggested,
                                                 tr("Permissions files (*.json)"));
    if (path.isEmpty())
        return;
    PermissionsDocumentScope where;
    where.organizationId = m_sync->organizationId();
    where.weddingId = m_sync->weddingId();
    if (const auto wedding = m_weddings.constFind(where.weddingId); wedding != m_weddings.cend())
        where.weddingName = wedding->coupleName;
    where.exportedAt = QDateTime::currentDateTimeUtc();
    const PermissionsDocument file = exportPermissions(
        PermissionMatrix::fromSections(where.organizationId, m_document->sections()), roles, where);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(permissionsDocumentBytes(file)) < 0
        || !out.commit()) {
        say(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
        return;
    }
    say(m_document->isModified()
            ? tr("Exported to %1, with your unsaved changes.").arg(QDir::toNativeSeparators(path))
            : tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
}

void PermissionsPage::importFile()
{
    if (m_document->isModified()) {
        say(tr("Save or discard your changes first: an import is applied to the permissions as "
               "the server has them."));
        return;
    }
    const QString path
        = m_prompts->openFileName(this, tr("Import permissions"), tr("Permissions files (*.json)"));
    if (path.isEmpty())
        return;
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        say(tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), in.errorString()));
        return;
    }
    // One byte more than allowed is enough for the parser to say the file is too large.
    const QByteArray bytes = in.read(PermissionsDocumentLimits::MaxBytes + 1);
    const Result<PermissionsDocument> parsed = parsePermissionsDocument(bytes);
    const PermissionMatrix target
        = PermissionMatrix::fromSections(m_sync->organizationId(), m_document->sections());
    Result<PermissionsImport> preview = parsed ? importPermissions(parsed.value(), target)
                                               : Result<PermissionsImport>(parsed.error());
    const QList<IntegrityFinding> added
        = preview ? addedFindings(preview.value().matrix) : QList<IntegrityFinding>();
    PermissionImportDialog dialog(path, preview, added, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.canApply())
        return;
    QHash<QString, qint64> versions;
    for (const MatrixRowDiff &row : preview.value().diff.rows)
        versions.insert(row.sectionId, row.version);
    if (m_apply->importDocument(m_sync->organizationId(), m_sync->weddingId(),
                                permissionsDocumentToJson(parsed.value()), versions)) {
        m_progress->setRange(0, 0); // busy until the server answers
        m_progress->show();
        say(tr("Importing %1…").arg(QFileInfo(path).fileName()));
        updateState();
    }
}

void PermissionsPage::chooseTemplate()
{
    if (m_document->isModified()) {
        say(tr("Save or discard your changes first: a template is applied to the permissions as "
               "the server has them."));
        return;
    }
    m_readingTemplates = true;
    m_apply->readTemplates(m_sync->organizationId());
    say(tr("Reading the permission templates…"));
    updateState();
}

void PermissionsPage::onTemplatesRead(const QString &organizationId, bool ok,
                                      const QJsonObject &rbac, const ApiError &error)
{
    m_readingTemplates = false;
    updateState();
    if (organizationId != m_sync->organizationId() || m_document->isModified())
        return; // the screen moved on meanwhile
    if (!ok) {
        m_prompts->inform(
            this, tr("Templates not available"),
            tr("The permission templates could not be read. %1").arg(error.userMessage()));
        return;
    }
    if (rbac.value(u"templates"_s).toObject().isEmpty()) {
        m_prompts->inform(this, tr("No permission templates"),
                          tr("Neither the platform nor this organization has published a "
                             "permission template. Admins add them under Settings, setting "
                             "type “Permission templates”."));
        return;
    }
    const PermissionMatrix target
        = PermissionMatrix::fromSections(m_sync->organizationId(), m_document->sections());
    PermissionTemplateDialog dialog(
        rbac, target, [this](const PermissionMatrix &after) { return addedFindings(after); }, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.canApply())
        return;
    // Sent as an import of the resulting matrix: the server applies it as one audited change,
    // each section at the version previewed.
    const PermissionsDocument document = exportPermissions(dialog.result(), {}, {});
    QHash<QString, qint64> versions;
    for (const MatrixRowDiff &row : dialog.diff().rows)
        versions.insert(row.sectionId, row.version);
    if (m_apply->importDocument(m_sync->organizationId(), m_sync->weddingId(),
                                permissionsDocumentToJson(document), versions)) {
        m_applyingTemplate = dialog.templateLabel();
        m_progress->setRange(0, 0);
        m_progress->show();
        say(tr("Applying the template “%1”…").arg(m_applyingTemplate));
        updateState();
    }
}

void PermissionsPage::onImported(bool ok, const QJsonObject &answer, const ApiError &error)
{
    Q_UNUSED(answer);
    const QString templateLabel = std::exchange(m_applyingTemplate, QString());
    m_progress->hide();
    updateState();
    if (ok) {
        say(templateLabel.isEmpty()
                ? tr("Imported. The change is in the audit trail; Ctrl+Z does not undo it, "
                     "importing an export of the old permissions does.")
                : tr("The template “%1” was applied. The change is in the audit trail; Ctrl+Z "
                     "does not undo it, importing an export of the old permissions does.")
                      .arg(templateLabel));
        m_feed->reload();
        return;
    }
    if (error.httpStatus == 412) {
        say(tr("Someone changed these permissions since the preview; nothing was changed. "
               "Try again to see the new state."));
        m_feed->reload();
        return;
    }
    m_prompts->inform(this,
                      templateLabel.isEmpty() ? tr("Import failed") : tr("Template not applied"),
                      tr("Nothing was changed. %1").arg(error.message));
}

void PermissionsPage::onSaveFinished(bool ok, const QString &message)
{
    m_progress->hide();
    if (!message.isEmpty())
        say(message);
    else if (ok)
        say(tr("Permissions saved."));
    updateState();
}

void PermissionsPage::reviewConflicts()
{
    const QStringList ids = m_document->conflictedIds();
    for (const QString &id : ids) {
        if (m_document->conflicts(id).isEmpty())
            continue;
        selectCell(id);
        CellConflictDialog dialog(m_model, id, this);
        if (dialog.exec() != QDialog::Accepted)
            break;
    }
    updateNotice();
}

void PermissionsPage::updateState()
{
    const bool editable = !m_document->isReadOnly() && !m_sync->organizationId().isEmpty();
    const bool saving = m_sync->isSaving();
    const qsizetype modified = m_document->modifiedIds().size();
    const bool selection = m_table->selectionModel()->hasSelection();
    m_bulk->setEnabled(editable && !saving && selection);
    m_copyRole->setEnabled(editable && !saving && !m_document->sections().isEmpty());
    m_import->setEnabled(editable && !saving && !m_apply->isRunning()
                         && !m_document->sections().isEmpty());
    m_template->setEnabled(m_import->isEnabled() && !m_readingTemplates);
    m_export->setEnabled(!m_document->sections().isEmpty());
    for (QAction *action : std::as_const(m_toggleActions))
        action->setEnabled(editable && !saving);
    m_save->setEnabled(editable && !saving && modified > 0);
    m_saveAction->setEnabled(m_save->isEnabled());
    m_discard->setEnabled(editable && !saving && modified > 0);
    m_changes->setText(modified == 0 ? tr("All changes saved")
                                     : tr("%n section(s) changed", nullptr, int(modified)));
    QString where;
    const auto wedding = m_weddings.constFind(m_sync->weddingId());
    if (m_sync->organizationId().isEmpty())
        where = tr("No organization chosen");
    else if (m_sync->weddingId().isEmpty())
        where = tr("Organization default permissions");
    else if (wedding != m_weddings.cend())
        where = tr("Permissions for %1 (%2)")
                    .arg(wedding->coupleName,
                         QLocale().toString(wedding->weddingDate, QLocale::ShortFormat));
    else
        where = tr("Permissions for the chosen wedding");
    m_scopeLabel->setText(where);
    updateNotice();
}

void PermissionsPage::updateNotice()
{
    QString text;
    const qsizetype conflicted = m_document->conflictedIds().size();
    if (m_sync->organizationId().isEmpty())
        text = tr("Choose an organization in the switcher above to see its permissions.");
    else if (!m_loadError.isEmpty())
        text = m_loadError;
    else if (conflicted > 0)
        text = tr("Someone else saved permissions of %n section(s) you are editing: choose what "
                  "to keep.",
                  nullptr, int(conflicted));
    else if (m_sync->isInherited())
        text = tr("This wedding uses the organization's default sections, so it has the "
                  "default's permissions. Customize its layout (Layout screen) to give it its "
                  "own.");
    else if (m_readOnlyAccess)
        text = m_readOnlyReason;
    else if (m_sync->hasLoaded() && m_document->sections().isEmpty())
        text = tr("This dashboard has no sections yet: add them on the Layout screen.");
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    m_review->setVisible(conflicted > 0);
}

void PermissionsPage::showPane(const QString &name)
{
    m_side->setCurrentIndex(name == u"evaluate" ? 1 : 0);
}

bool PermissionsPage::showExample()
{
    if (m_model->rowCount() == 0)
        return false;
    if (!m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_proxy->index(0, 1));
    return true;
}

void PermissionsPage::say(const QString &message)
{
    Q_EMIT statusMessage(message);
}

void PermissionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ConsolePage::changeEvent(event);
}

void PermissionsPage::retranslate()
{
    m_search->setPlaceholderText(tr("Filter sections"));
    m_search->setAccessibleName(tr("Filter sections"));
    m_bulk->setText(tr("Selection"));
    m_bulk->setToolTip(tr("Set or clear a permission on the selected cells, rows or columns"));
    m_copyRole->setText(tr("Copy role…"));
    m_copyRole->setToolTip(tr("Give one role exactly the permissions of another"));
    m_import->setText(tr("Import…"));
    m_import->setToolTip(tr("Apply a permissions file exported here or from another "
                            "organization or wedding, after a preview"));
    m_template->setText(tr("Apply template…"));
    m_template->setToolTip(tr("Apply a permission template published by the platform or this "
                              "organization, after a preview of every cell it changes"));
    m_export->setText(tr("Export"));
    m_export->setToolTip(tr("Save the whole matrix, or one role's permissions, as a file"));
    m_discard->setText(tr("Discard"));
    m_save->setText(tr("Save"));
    m_save->setToolTip(tr("Send the changes to the server (Ctrl+S)"));
    m_saveAction->setText(tr("Save permissions"));
    m_review->setText(tr("Review…"));
    m_progress->setAccessibleName(tr("Saving"));
    m_table->setAccessibleName(tr("Permission matrix"));
    const QString view = PermissionCellDelegate::flagLetter(ViewFlag);
    const QString edit = PermissionCellDelegate::flagLetter(EditFlag);
    const QString hide = PermissionCellDelegate::flagLetter(HideFlag);
    m_legend->setText(tr("%1 view, %2 edit, %3 hide. Filled: granted to the role; dashed: the "
                         "role gets it through another rule (hover to see which). Click a "
                         "toggle, or select cells and press %1, %2 or %3 (Space: view).")
                          .arg(view, edit, hide));
    m_setActions.value(ViewFlag)->setText(tr("Allow view"));
    m_clearActions.value(ViewFlag)->setText(tr("Deny view"));
    m_setActions.value(EditFlag)->setText(tr("Allow edit"));
    m_clearActions.value(EditFlag)->setText(tr("Deny edit"));
    m_setActions.value(HideFlag)->setText(tr("Allow hide"));
    m_clearActions.value(HideFlag)->setText(tr("Deny hide"));
    for (CellFlag flag : Flags)
        m_toggleActions.value(flag)->setShortcut(
            QKeySequence(PermissionCellDelegate::flagLetter(flag)));
    m_side->setTabText(1, tr("Evaluate"));
    showFindings();
    updateState();
}

} // namespace wedsync
