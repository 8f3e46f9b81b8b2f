#include "layout/LayoutPage.h"

#include "LayoutDocument.h"
#include "LayoutSavePlan.h"
#include "PermissionEngine.h"
#include "SectionNames.h"
#include "api/ApiError.h"
#include "common/UserPrompts.h"
#include "layout/DocumentSync.h"
#include "layout/FieldConflictDialog.h"
#include "layout/LayoutCanvas.h"
#include "layout/LayoutFeed.h"
#include "layout/LayoutPreviewPane.h"
#include "layout/LayoutVersionsPane.h"
#include "layout/SectionInspector.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTimeZone>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

LayoutPage::LayoutPage(LayoutFeed *feed, UserPrompts *prompts, QWidget *parent)
    : ConsolePage(parent)
    , m_feed(feed)
    , m_prompts(prompts)
    , m_document(new LayoutDocument(this))
    , m_sync(new DocumentSync(feed, m_document, this))
{
    setObjectName(pageId());

    m_scopeLabel = new QLabel(this);
    m_scopeLabel->setObjectName(u"layoutScope"_s);
    QFont bold = m_scopeLabel->font();
    bold.setBold(true);
    m_scopeLabel->setFont(bold);
    m_scopeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The bar's words wrap rather than widen the window (Spanish in 1024 pixels).
    m_scopeLabel->setWordWrap(true);
    m_customize = new QPushButton(this);
    m_customize->setObjectName(u"customizeWedding"_s);
    m_customize->hide();
    m_add = new QToolButton(this);
    m_add->setObjectName(u"addSection"_s);
    m_add->setPopupMode(QToolButton::InstantPopup);
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_add->setMenu(new QMenu(m_add));
    m_duplicate = new QToolButton(this);
    m_duplicate->setObjectName(u"duplicateSection"_s);
    m_duplicate->setPopupMode(QToolButton::InstantPopup);
    m_duplicate->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_duplicate->setMenu(new QMenu(m_duplicate));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(u"removeSection"_s);
    m_editors = new QLabel(this);
    m_editors->setObjectName(u"layoutEditors"_s);
    m_editors->setWordWrap(true);
    m_changes = new QLabel(this);
    m_changes->setObjectName(u"unsavedChanges"_s);
    m_changes->setWordWrap(true);
    m_discard = new QPushButton(this);
    m_discard->setObjectName(u"discardChanges"_s);
    m_save = new QPushButton(this);
    m_save->setObjectName(u"saveLayout"_s);
    m_save->setDefault(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"saveProgress"_s);
    m_progress->setMaximumWidth(120);
    m_progress->hide();

    m_notice = new QLabel(this);
    m_notice->setObjectName(u"layoutNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_review = new QPushButton(this);
    m_review->setObjectName(u"reviewConflicts"_s);
    m_review->hide();

    m_canvas = new LayoutCanvas(m_document, this); // scrolls itself
    // The panes' tabs before what they show (they sit above it): made first, for Tab.
    m_side = new QTabWidget(this);
    m_side->setObjectName(u"layoutSidePanes"_s);
    m_inspector = new SectionInspector(m_document, this);
    m_preview = new LayoutPreviewPane(m_document, this);
    m_versions = new LayoutVersionsPane(feed, m_document, prompts, this);
    m_side->addTab(m_inspector, QString()); // it scrolls itself
    m_side->addTab(m_preview, QString());
    m_side->addTab(m_versions, QString());
    m_side->setMinimumWidth(300);

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(u"layoutSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_canvas);
    m_splitter->addWidget(m_side);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_scopeLabel, 1);
    bar->addWidget(m_customize);
    bar->addWidget(m_add);
    bar->addWidget(m_duplicate);
    bar->addWidget(m_remove);
    bar->addSpacing(12);
    bar->addWidget(m_editors);
    bar->addWidget(m_changes);
    bar->addWidget(m_progress);
    bar->addWidget(m_discard);
    bar->addWidget(m_save);
    auto *notice = new QHBoxLayout;
    notice->addWidget(m_notice, 1);
    notice->addWidget(m_review);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addLayout(bar);
    layout->addLayout(notice);
    layout->addWidget(m_splitter, 1);

    m_saveAction = new QAction(this);
    m_saveAction->setObjectName(u"saveLayoutAction"_s);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_saveAction);

    connect(m_save, &QPushButton::clicked, this, &LayoutPage::save);
    connect(m_saveAction, &QAction::triggered, this, &LayoutPage::save);
    connect(m_discard, &QPushButton::clicked, this, [this] {
        if (!m_prompts->confirm(this, tr("Discard your changes?"),
                                tr("Your %n unsaved change(s) to this layout are lost.", nullptr,
                                   int(m_document->modifiedIds().size())),
                                tr("Discard changes")))
            return;
        m_document->reset(m_document->organizationId(), m_document->weddingId(), m_document->base(),
                          m_document->layoutVersion());
        m_feed->reload();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString id = m_document->selectedId();
        const auto section = m_document->section(id);
        if (!section)
            return;
        if (auto removed = m_document->removeSection(id); !removed)
            say(removed.error().message);
        else
            say(tr("Removed %1; Ctrl+Z brings it back.").arg(sectionDisplayName(*section)));
    });
    connect(m_customize, &QPushButton::clicked, this, [this] {
        m_customize->setEnabled(false);
        say(tr("Copying the organization's layout to this wedding…"));
        m_feed->customizeWedding();
    });
    connect(m_review, &QPushButton::clicked, this, &LayoutPage::reviewConflicts);
    connect(m_add->menu(), &QMenu::aboutToShow, this, &LayoutPage::fillAddMenu);
    connect(m_duplicate->menu(), &QMenu::aboutToShow, this, &LayoutPage::fillAddMenu);

    connect(m_canvas, &LayoutCanvas::statusMessage, this, &LayoutPage::say);
    connect(m_inspector, &SectionInspector::statusMessage, this, &LayoutPage::say);
    connect(m_canvas, &LayoutCanvas::removeRequested, this, [this](const QString &id) {
        m_document->select(id);
        m_remove->click();
    });
    connect(m_canvas, &LayoutCanvas::inspectRequested, this, [this](const QString &id) {
        m_document->select(id);
        showPane(u"section"_s);
        m_inspector->focusFirstField();
    });
    connect(m_preview, &LayoutPreviewPane::sectionActivated, this,
            [this](const QString &id) { m_document->select(id); });

    connect(m_document, &LayoutDocument::changed, this, &LayoutPage::updateState);
    connect(m_document, &LayoutDocument::conflictsChanged, this, &LayoutPage::updateNotice);
    connect(m_document, &LayoutDocument::selectionChanged, this, [this](const QString &id) {
        m_feed->announceSelection(id);
        updateState();
    });
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &LayoutPage::updateState);

    connect(m_sync, &DocumentSync::opened, this, &LayoutPage::onOpened);
    connect(m_sync, &DocumentSync::loaded, this, &LayoutPage::onLoaded);
    connect(m_sync, &DocumentSync::loadFailed, this, &LayoutPage::onLoadFailed);
    connect(m_feed, &LayoutFeed::membersLoaded, m_preview, &LayoutPreviewPane::setMembers);
    connect(m_sync, &DocumentSync::saveProgress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
        m_progress->show();
    });
    connect(m_sync, &DocumentSync::saveConflict, this, [this](const SectionConfig &current) {
        say(tr("%1 was saved by someone else first: choose what to keep.")
                .arg(sectionDisplayName(current)));
    });
    connect(m_sync, &DocumentSync::savedLocally, this, &LayoutPage::onSavedLocally);
    connect(m_sync, &DocumentSync::saveFinished, this, &LayoutPage::onSaveFinished);
    connect(m_feed, &LayoutFeed::versionRestored, this, [this](qint64 version) {
        // The restored layout replaces what is on screen (the planner agreed to discard).
        m_document->reset(m_document->organizationId(), m_document->weddingId(), m_document->base(),
                          version);
        m_feed->reload();
    });
    connect(m_feed, &LayoutFeed::editorsChanged, this, &LayoutPage::onEditors);

    retranslate();
    updateState();
}

LayoutPage::~LayoutPage()
{
    m_feed->close();
}

QString LayoutPage::title() const
{
    return tr("Layout");
}

QIcon LayoutPage::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogListView);
}

QUndoStack *LayoutPage::undoStack() const
{
    return m_document->undoStack();
}

bool LayoutPage::hasUnsavedChanges() const
{
    return m_document->isModified();
}

void LayoutPage::activate()
{
    m_activated = true;
    m_sync->openWhenSaved(scope().organizationId, scope().weddingId);
}

void LayoutPage::refresh()
{
    if (!m_sync->organizationId().isEmpty())
        m_feed->reload();
}

void LayoutPage::setSignedInUser(const QString &userId, const QString &label)
{
    m_feed->setOperator(userId, label);
}

void LayoutPage::setAccess(bool readOnly, bool mayChangeGrants)
{
    m_readOnlyAccess = readOnly;
    m_document->setMayChangeGrants(mayChangeGrants);
    m_document->setReadOnly(readOnly || m_sync->isInherited());
    updateState();
}

void LayoutPage::setWeddings(const QString &organizationId, const QList<WeddingItem> &weddings)
{
    // Kept for every organization: the list may arrive before the page is given its scope.
    m_weddings.removeIf([&organizationId](const QHash<QString, WeddingItem>::iterator &it) {
        return it.value().organizationId == organizationId;
    });
    for (const WeddingItem &wedding : weddings)
        m_weddings.insert(wedding.id, wedding);
    m_preview->setWedding(weddingContext());
    updateState();
}

std::optional<WeddingContext> LayoutPage::weddingContext() const
{
    const auto wedding = m_weddings.constFind(m_sync->weddingId());
    if (m_sync->weddingId().isEmpty() || wedding == m_weddings.cend())
        return std::nullopt;
    return weddingContextOf(*wedding);
}

void LayoutPage::scopeChanged()
{
    if (!m_activated)
        return;
    if (!m_sync->isSaving() && m_document->isModified() && !m_document->isReadOnly()
        && m_prompts->confirm(this, tr("Save your layout changes?"),
                              tr("You have %n unsaved change(s) to the layout you are leaving. "
                                 "Save them before switching? If you don't, they are discarded.",
                                 nullptr, int(m_document->modifiedIds().size())),
                              tr("Save changes")))
        save();
    m_sync->openWhenSaved(scope().organizationId, scope().weddingId);
}

void LayoutPage::onOpened()
{
    m_loadError.clear();
    m_preview->setWedding(weddingContext());
    if (!m_sync->organizationId().isEmpty())
        m_versions->reload();
    updateState();
}

void LayoutPage::onLoaded(bool fromCache)
{
    m_loadError.clear();
    m_document->setReadOnly(m_readOnlyAccess || m_sync->isInherited());
    m_customize->setEnabled(true);
    updateState();
    Q_EMIT dataUpdated(QDateTime::currentDateTimeUtc(), fromCache);
}

void LayoutPage::onLoadFailed(const QString &message)
{
    m_loadError = message;
    updateNotice();
    say(m_loadError);
}

bool LayoutPage::save()
{
    if (m_document->isReadOnly() || !m_document->isModified() || m_feed->isSaving())
        return false;
    if (m_document->hasErrors()) {
        for (const SectionConfig &section : m_document->sections()) {
            if (!m_document->errors(section.id).isEmpty()) {
                m_document->select(section.id);
                showPane(u"section"_s);
                break;
            }
        }
        say(tr("Fix the problems marked in red before saving."));
        return false;
    }
    if (!m_document->conflictedIds().isEmpty()) {
        say(tr("Someone else changed sections you edited: choose what to keep first."));
        reviewConflicts();
        return false;
    }
    if (!m_sync->save())
        return false;
    m_progress->setRange(0, m_sync->sectionsInSave());
    m_progress->setValue(0);
    m_progress->show();
    say(tr("Saving %n section(s)…", nullptr, m_sync->sectionsInSave()));
    updateState();
    return true;
}

void LayoutPage::onSavedLocally(int entries)
{
    say(tr("The server cannot be reached: %n change(s) saved on this computer; they are sent "
           "when it is back.",
           nullptr, entries));
}

void LayoutPage::onSaveFinished(bool ok, const QString &message)
{
    m_progress->hide();
    if (!message.isEmpty())
        say(message);
    else if (ok)
        say(tr("Layout saved."));
    updateState();
}

void LayoutPage::reviewConflicts()
{
    const QStringList ids = m_document->conflictedIds();
    for (const QString &id : ids) {
        if (m_document->conflicts(id).isEmpty())
            continue;
        m_document->select(id);
        FieldConflictDialog dialog(m_document, id, this);
        if (dialog.exec() != QDialog::Accepted)
            break;
    }
    updateNotice();
}

void LayoutPage::onEditors(const QList<PresentPeer> &editors)
{
    QHash<QString, QStringList> bySection;
    QStringList names;
    for (const PresentPeer &editor : editors) {
        names.append(editor.label);
        if (!editor.itemId.isEmpty())
            bySection[editor.itemId].append(editor.label);
    }
    m_canvas->setEditors(bySection);
    m_editors->setVisible(!names.isEmpty());
    m_editors->setText(tr("Also editing: %1").arg(QLocale().createSeparatedList(names)));
    m_editors->setToolTip(m_editors->text());
}

void LayoutPage::fillAddMenu()
{
    const QStringList types = m_document->absentSectionTypes();
    m_add->menu()->clear();
    m_duplicate->menu()->clear();
    for (const QString &type : types) {
        m_add->menu()->addAction(sectionTypeDisplayName(type), this, [this, type] {
            auto added = m_document->addSection(type);
            if (!added) {
                say(added.error().message);
                return;
            }
            m_document->select(added.value());
            showPane(u"section"_s);
        });
        m_duplicate->menu()->addAction(sectionTypeDisplayName(type), this, [this, type] {
            auto copied = m_document->duplicateSection(m_document->selectedId(), type);
            if (!copied) {
                say(copied.error().message);
                return;
            }
            m_document->select(copied.value());
        });
    }
    if (types.isEmpty()) {
        for (QMenu *menu : {m_add->menu(), m_duplicate->menu()})
            menu->addAction(tr("Every section type is on this dashboard"))->setEnabled(false);
    }
}

void LayoutPage::updateState()
{
    const bool editable = !m_document->isReadOnly() && !m_sync->organizationId().isEmpty();
    const bool saving = m_feed->isSaving();
    const QString selected = m_document->selectedId();
    const qsizetype modified = m_document->modifiedIds().size();
    m_add->setEnabled(editable && !saving);
    m_duplicate->setEnabled(editable && !saving && !selected.isEmpty());
    m_remove->setEnabled(editable && !saving && m_document->mayEdit(selected));
    m_save->setEnabled(editable && !saving && modified > 0);
    m_saveAction->setEnabled(m_save->isEnabled());
    m_discard->setEnabled(editable && !saving && modified > 0);
    m_changes->setText(modified == 0 ? tr("All changes saved")
                                     : tr("%n unsaved change(s)", nullptr, int(modified)));
    m_customize->setVisible(m_sync->isInherited() && !m_readOnlyAccess);

    QString where;
    const auto wedding = m_weddings.constFind(m_sync->weddingId());
    if (m_sync->organizationId().isEmpty())
        where = tr("No organization chosen");
    else if (m_sync->weddingId().isEmpty())
        where = tr("Organization default layout");
    else if (wedding != m_weddings.cend())
        where = tr("Layout for %1 (%2)")
                    .arg(wedding->coupleName,
                         QLocale().toString(wedding->weddingDate, QLocale::ShortFormat));
    else
        where = tr("Layout for the chosen wedding");
    m_scopeLabel->setText(where);
    updateNotice();
}

void LayoutPage::updateNotice()
{
    QString text;
    const qsizetype conflicted = m_document->conflictedIds().size();
    if (m_sync->organizationId().isEmpty())
        text = tr("Choose an organization in the switcher above to edit its layout.");
    else if (!m_loadError.isEmpty())
        text = m_loadError;
    else if (conflicted > 0)
        text = tr("Someone else saved %n section(s) you are editing: choose what to keep.", nullptr,
                  int(conflicted));
    else if (m_sync->isInherited())
        text = m_readOnlyAccess ? tr("This wedding uses the organization's default layout.")
                                : tr("This wedding uses the organization's default layout. "
                                     "Customize it to change it for this wedding only.");
    else if (m_readOnlyAccess)
        text = tr("Read-only: support staff can look at layouts but not change them.");
    else if (m_sync->hasLoaded() && m_document->sections().isEmpty())
        text = tr("This layout has no sections yet: add one with “Add section”.");
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    m_review->setVisible(conflicted > 0);
}

void LayoutPage::showPane(const QString &name)
{
    const int index = name == u"preview" ? 1 : name == u"versions" ? 2 : 0;
    m_side->setCurrentIndex(index);
}

bool LayoutPage::showExample()
{
    if (m_document->sections().isEmpty())
        return false;
    if (m_document->selectedId().isEmpty())
        m_document->select(m_document->grid().readingOrder().value(0));
    return true;
}

void LayoutPage::say(const QString &message)
{
    Q_EMIT statusMessage(message);
}

void LayoutPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ConsolePage::changeEvent(event);
}

void LayoutPage::retranslate()
{
    m_customize->setText(tr("Customize for this wedding"));
    m_customize->setToolTip(tr("Copy the organization's default layout to this wedding, to "
                               "change it for this wedding only"));
    m_add->setText(tr("Add section"));
    m_add->setToolTip(tr("Add a section of a type not on this dashboard yet"));
    m_duplicate->setText(tr("Duplicate as"));
    m_duplicate->setToolTip(tr("A new section of another type with the selected section's "
                               "settings"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected section (Delete); Ctrl+Z undoes it"));
    m_discard->setText(tr("Discard"));
    m_save->setText(tr("Save"));
    m_save->setToolTip(tr("Send the changes to the server (Ctrl+S)"));
    m_saveAction->setText(tr("Save layout"));
    m_review->setText(tr("Review…"));
    m_progress->setAccessibleName(tr("Saving"));
    m_side->setTabText(0, tr("Section"));
    m_side->setTabText(1, tr("Preview"));
    m_side->setTabText(2, tr("Versions"));
    updateState();
}

} // namespace wedsync
