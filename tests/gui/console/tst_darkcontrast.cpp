// The console's controls drawn in the dark (and light) theme: the boundary of every text
// field, combo box, spin box, check box, radio button and button stands out from the window
// by at least 3:1 (WCAG 1.4.11), a disabled field looks different from an enabled one, and a
// focused field shows it.
#include "common/ConsoleStyle.h"
#include "common/ThemeController.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyleOptionButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {

// The strongest contrast against `background` along a line of pixels.
double strongestContrast(const QImage &image, QPoint from, QPoint to, const QColor &background)
{
    double best = 1.0;
    const int steps = std::max(std::abs(to.x() - from.x()), std::abs(to.y() - from.y()));
    for (int i = 0; i <= steps; ++i) {
        const QPoint at = from + (to - from) * i / std::max(1, steps);
        if (image.rect().contains(at))
            best = std::max(best, ConsoleStyle::contrastRatio(image.pixelColor(at), background));
    }
    return best;
}

// The box a check box or radio button draws its mark in, in its own coordinates.
QRect indicatorOf(QAbstractButton *button, QStyle::SubElement element)
{
    QStyleOptionButton option;
    option.initFrom(button);
    return button->style()->subElementRect(element, &option, button);
}

// From outside the control, across its left and top edges into it: the boundary's contrast.
double boundaryContrast(const QImage &window, QWidget *control, const QRect &box,
                        const QColor &background)
{
    const QRect at = box.translated(control->mapTo(control->window(), QPoint(0, 0)));
    const QPoint middle = at.center();
    const double left = strongestContrast(window, {at.left() - 3, middle.y()},
                                          {at.left() + 3, middle.y()}, background);
    const double top = strongestContrast(window, {middle.x(), at.top() - 3},
                                         {middle.x(), at.top() + 3}, background);
    return std::min(left, top);
}

} // namespace

class tst_DarkContrast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void boundariesStandOut_data();
    void boundariesStandOut();
    void disabledAndFocusedFieldsLookSo();

private:
    ThemeController *m_theme = nullptr;
};

void tst_DarkContrast::initTestCase()
{
    m_theme = new ThemeController(this);
    QVERIFY(qobject_cast<ConsoleStyle *>(QApplication::style()));
}

void tst_DarkContrast::boundariesStandOut_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("dark") << true;
    QTest::newRow("light") << false;
}

void tst_DarkContrast::boundariesStandOut()
{
    QFETCH(bool, dark);
    m_theme->apply(dark ? ThemeChoice::Dark : ThemeChoice::Light);
    QWidget window;
    auto *layout = new QGridLayout(&window);
    auto *field = new QLineEdit(u"Evergreen"_s, &window);
    auto *combo = new QComboBox(&window);
    combo->addItems({u"All statuses"_s, u"Failed"_s});
    auto *spin = new QSpinBox(&window);
    auto *check = new QCheckBox(u"Remember me"_s, &window);
    auto *checked = new QCheckBox(u"Guest may hide"_s, &window);
    checked->setChecked(true);
    auto *radio = new QRadioButton(u"This computer"_s, &window);
    auto *other = new QRadioButton(u"Another server"_s, &window);
    radio->setChecked(true);
    auto *button = new QPushButton(u"Resync now"_s, &window);
    const QList<QWidget *> controls {field, combo, spin, check, checked, radio, other, button};
    for (int i = 0; i < controls.size(); ++i)
        layout->addWidget(controls.at(i), i, 0);
    window.resize(320, 360);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(m_theme->isDark() == dark);

    const QColor background = window.palette().color(QPalette::Window);
    const QImage image = window.grab().toImage();
    for (QWidget *control : controls) {
        QRect box = control->rect();
        if (auto *box_ = qobject_cast<QCheckBox *>(control))
            box = indicatorOf(box_, QStyle::SE_CheckBoxIndicator);
        else if (auto *dot = qobject_cast<QRadioButton *>(control))
            box = indicatorOf(dot, QStyle::SE_RadioButtonIndicator);
        const double contrast = boundaryContrast(image, control, box, background);
        QVERIFY2(contrast >= 3.0,
                 qPrintable(u"%1: boundary %2:1 against the window"_s
                                .arg(QString::fromLatin1(control->metaObject()->className()))
                                .arg(contrast, 0, 'f', 2)));
    }
    // The mark of a ticked box and a chosen radio button reads too.
    for (QAbstractButton *marked : std::initializer_list<QAbstractButton *> {checked, radio}) {
        const QRect box
            = indicatorOf(marked,
                          qobject_cast<QCheckBox *>(marked) ? QStyle::SE_CheckBoxIndicator
                                                            : QStyle::SE_RadioButtonIndicator)
                  .translated(marked->mapTo(&window, QPoint(0, 0)));
        const QColor fill = window.palette().color(QPalette::Base);
        int markPixels = 0; // inside the boundary, pixels that stand out from the box's fill
        for (int y = box.top() + 3; y <= box.bottom() - 3; ++y) {
            for (int x = box.left() + 3; x <= box.right() - 3; ++x)
                markPixels += ConsoleStyle::contrastRatio(image.pixelColor(x, y), fill) >= 3.0;
        }
        QVERIFY2(markPixels >= 6, qPrintable(u"the mark of %1"_s.arg(marked->text())));
    }
}

void tst_DarkContrast::disabledAndFocusedFieldsLookSo()
{
    m_theme->apply(ThemeChoice::Dark);
    QWidget window;
    auto *layout = new QGridLayout(&window);
    auto *enabled = new QLineEdit(u"enabled"_s, &window);
    auto *disabled = new QLineEdit(u"enabled"_s, &window);
    disabled->setEnabled(false);
    auto *focused = new QLineEdit(u"enabled"_s, &window);
    layout->addWidget(enabled, 0, 0);
    layout->addWidget(disabled, 1, 0);
    layout->addWidget(focused, 2, 0);
    window.resize(240, 120);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    focused->setFocus();
    QTRY_VERIFY(focused->hasFocus());

    const QColor background = window.palette().color(QPalette::Window);
    const QImage image = window.grab().toImage();
    const double enabledEdge = boundaryContrast(image, enabled, enabled->rect(), background);
    const double disabledEdge = boundaryContrast(image, disabled, disabled->rect(), background);
    // Disabled: a quieter edge and no field colour of its own, so it does not pass for enabled.
    QVERIFY2(disabledEdge < enabledEdge * 0.75,
             qPrintable(u"disabled edge %1:1, enabled %2:1"_s.arg(disabledEdge).arg(enabledEdge)));
    const QPoint inside(8, disabled->height() / 2);
    const QColor enabledFill = image.pixelColor(enabled->mapTo(&window, inside));
    const QColor disabledFill = image.pixelColor(disabled->mapTo(&window, inside));
    QVERIFY(enabledFill != disabledFill);
    // Focused: the highlight edge, unlike the unfocused field.
    const QColor highlight = window.palette().color(QPalette::Highlight);
    const QColor focusEdge
        = image.pixelColor(focused->mapTo(&window, QPoint(1, focused->height() / 2)));
    QVERIFY2(ConsoleStyle::contrastRatio(focusEdge, highlight) < 1.2, qPrintable(focusEdge.name()));
    QVERIFY(ConsoleStyle::contrastRatio(focusEdge, background) >= 3.0);
}

QTEST_MAIN(tst_DarkContrast)
#include "tst_darkcontrast.moc"
