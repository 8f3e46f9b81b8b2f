// placeholder: replaced by its owner with real tests
#include <QTest>
class Placeholder : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(Placeholder)
#include "tst_visibilityconditions.moc"
