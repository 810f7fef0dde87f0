// Users, roles and permission checks through the core API (not through hidden buttons).
#include "TestStore.h"
#include "audit/AuditLog.h"
#include "auth/Authorizer.h"
#include "auth/UserService.h"
#include "common/Error.h"
#include "credit/UsccValidator.h"
#include "credit/VerifiedCodeList.h"
#include "db/SqlUtil.h"
#include "registry/EntityRepository.h"

#include <QtTest>

using namespace cl;

namespace {
const QString Password = QStringLiteral("s3cret-pass");

template<typename F>
ErrorKind failureOf(F &&f, QString *message = nullptr)
{
    try {
        f();
    } catch (const Error &e) {
        if (message)
            *message = e.message();
        return e.kind();
    }
    return ErrorKind::Usage;  // sentinel: no failure
}

Entity sampleEntity()
{
    Entity e;
    e.code = QStringLiteral("91370681MA3P7K2Q3U");
    e.name = QStringLiteral("龙口市鑫达食品有限公司");
    return e;
}
} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private:
    // A store with an administrator and one user per other role.
    Actor m_admin, m_clerk, m_supervisor, m_enforcer, m_manager;
    std::unique_ptr<test::TestStore> m_store;

private Q_SLOTS:
    void init();
    void cleanup() { m_store.reset(); }
    void bootstrapOnlyWhileNoUsers();
    void firstUserMustBeAdmin();
    void roleMatrix();
    void clerkMayRegisterEntitiesButNotManageUsers();
    void enforcerMayNotRegisterEntities();
    void overrideListNeedsAdmin();
    void disabledUserIsRefusedAtOnce();
    void roleTableIsData();
    void loginDoesNotRevealWhichPartIsWrong();
    void passwordRules();
    void supervisorNeedsDepartment();
    void lastAdminCannotBeDisabled();
    void everyChangeIsAuditedWithTheActor();
};

void TestPermissions::init()
{
    m_store = std::make_unique<test::TestStore>();
    UserService users(m_store->db());
    users.addUser(Actor::bootstrap(), {QStringLiteral("admin"), QStringLiteral("管理员"), QStringLiteral("admin"), 0, Password, false});
    m_admin = users.login(QStringLiteral("admin"), Password);
    users.addUser(m_admin, {QStringLiteral("clerk"), QStringLiteral("王窗口"), QStringLiteral("clerk"), 0, Password, false});
    users.addUser(m_admin, {QStringLiteral("supervisor"), QStringLiteral("李监管"), QStringLiteral("supervisor"), 2, Password, false});
    users.addUser(m_admin, {QStringLiteral("enforcer"), QStringLiteral("赵执法"), QStringLiteral("enforcer"), 0, Password, false});
    users.addUser(m_admin, {QStringLiteral("manager"), QStringLiteral("刘主任"), QStringLiteral("manager"), 0, Password, false});
    m_clerk = users.login(QStringLiteral("clerk"), Password);
    m_supervisor = users.login(QStringLiteral("supervisor"), Password);
    m_enforcer = users.login(QStringLiteral("enforcer"), Password);
    m_manager = users.login(QStringLiteral("manager"), Password);
}

void TestPermissions::bootstrapOnlyWhileNoUsers()
{
    QString message;
    QCOMPARE(failureOf([&] {
                 EntityRepository(m_store->db()).add(Actor::bootstrap(), sampleEntity(), UsccValidator::fromDatabase(m_store->db().sql()));
             }, &message),
             ErrorKind::Permission);
    QVERIFY2(message.contains(QStringLiteral("sign in")), qPrintable(message));
    QVERIFY(!Authorizer::allowed(m_store->db().sql(), Actor::bootstrap(), Permission::EntityView));
}

void TestPermissions::firstUserMustBeAdmin()
{
    test::TestStore fresh;
    UserService users(fresh.db());
    QCOMPARE(failureOf([&] {
                 users.addUser(Actor::bootstrap(), {QStringLiteral("clerk"), {}, QStringLiteral("clerk"), 0, Password, false});
             }),
             ErrorKind::Refused);
    QVERIFY(!users.hasUsers());
}

void TestPermissions::roleMatrix()
{
    const QSqlDatabase db = m_store->db().sql();
    struct Row { const Actor *actor; Permission p; bool allowed; };
    const QList<Row> rows{
        {&m_clerk, Permission::ApprovalHandle, true},     {&m_clerk, Permission::EnforceHandle, false},
        {&m_clerk, Permission::GradesImport, false},      {&m_supervisor, Permission::GradesImport, true},
        {&m_supervisor, Permission::CommitmentVerify, true}, {&m_supervisor, Permission::EntityEdit, false},
        {&m_enforcer, Permission::EnforceHandle, true},   {&m_enforcer, Permission::ApprovalHandle, false},
        {&m_manager, Permission::ReportView, true},       {&m_manager, Permission::AuditView, true},
        {&m_manager, Permission::UserManage, false},      {&m_admin, Permission::UserManage, true},
        {&m_admin, Permission::UsccOverride, true},       {&m_clerk, Permission::AuditView, false},
    };
    for (const Row &r : rows)
        QVERIFY2(Authorizer::allowed(db, *r.actor, r.p) == r.allowed,
                 qPrintable(r.actor->username + QLatin1Char(' ') + permissionCode(r.p)));
}

void TestPermissions::clerkMayRegisterEntitiesButNotManageUsers()
{
    EntityRepository repo(m_store->db());
    repo.add(m_clerk, sampleEntity(), UsccValidator::fromDatabase(m_store->db().sql()));
    QVERIFY(repo.byCode(QStringLiteral("91370681MA3P7K2Q3U")).has_value());
    QString message;
    QCOMPARE(failureOf([&] {
                 UserService(m_store->db()).addUser(m_clerk, {QStringLiteral("eve"), {}, QStringLiteral("admin"), 0, Password, false});
             }, &message),
             ErrorKind::Permission);
    QVERIFY2(message.contains(QStringLiteral("王窗口")), qPrintable(message));
    QCOMPARE(failureOf([&] { UserService(m_store->db()).users(m_clerk); }), ErrorKind::Permission);
}

void TestPermissions::enforcerMayNotRegisterEntities()
{
    QCOMPARE(failureOf([&] {
                 EntityRepository(m_store->db()).add(m_enforcer, sampleEntity(), UsccValidator::fromDatabase(m_store->db().sql()));
             }),
             ErrorKind::Permission);
    QVERIFY(!EntityRepository(m_store->db()).byCode(QStringLiteral("91370681MA3P7K2Q3U")).has_value());
}

void TestPermissions::overrideListNeedsAdmin()
{
    VerifiedCodeList list(m_store->db());
    const QString failing = QStringLiteral("91370681MA3P7K2Q30");
    QCOMPARE(failureOf([&] { list.add(m_clerk, failing, QStringLiteral("证明文件")); }), ErrorKind::Permission);
    list.add(m_admin, failing, QStringLiteral("工商档案 2003-17 号"));
    QVERIFY(UsccValidator::fromDatabase(m_store->db().sql()).check(failing).verifiedHistorical);
    QCOMPARE(failureOf([&] { list.add(m_admin, QStringLiteral("91370681MA3P7K2Q3U"), QStringLiteral("x")); }), ErrorKind::Invalid);
    QCOMPARE(failureOf([&] { list.add(m_admin, QStringLiteral("91370681MA3P7K2Q31"), QString()); }), ErrorKind::Invalid);
    list.remove(m_admin, failing);
    QVERIFY(!UsccValidator::fromDatabase(m_store->db().sql()).check(failing).valid);
}

void TestPermissions::disabledUserIsRefusedAtOnce()
{
    UserService users(m_store->db());
    users.setActive(m_admin, QStringLiteral("clerk"), false);
    // The clerk's Actor from before is no longer good for anything.
    QCOMPARE(failureOf([&] {
                 EntityRepository(m_store->db()).add(m_clerk, sampleEntity(), UsccValidator::fromDatabase(m_store->db().sql()));
             }),
             ErrorKind::Permission);
    QCOMPARE(failureOf([&] { users.login(QStringLiteral("clerk"), Password); }), ErrorKind::Permission);
    users.setActive(m_admin, QStringLiteral("clerk"), true);
    QCOMPARE(users.login(QStringLiteral("clerk"), Password).role, QStringLiteral("clerk"));
}

void TestPermissions::roleTableIsData()
{
    const QSqlDatabase db = m_store->db().sql();
    QVERIFY(!Authorizer::allowed(db, m_enforcer, Permission::EntityEdit));
    sql::exec(db, QStringLiteral("INSERT INTO role_permissions(role, permission) VALUES ('enforcer', 'entity.edit')"));
    QVERIFY(Authorizer::allowed(db, m_enforcer, Permission::EntityEdit));
}

void TestPermissions::loginDoesNotRevealWhichPartIsWrong()
{
    UserService users(m_store->db());
    QString unknownUser, wrongPassword;
    QCOMPARE(failureOf([&] { users.login(QStringLiteral("nobody"), Password); }, &unknownUser), ErrorKind::Permission);
    QCOMPARE(failureOf([&] { users.login(QStringLiteral("clerk"), QStringLiteral("wrong-password")); }, &wrongPassword),
             ErrorKind::Permission);
    QCOMPARE(unknownUser, wrongPassword);
    // Stored hashes are Argon2id, never the password.
    const QString hash = sql::scalar(m_store->db().sql(), QStringLiteral("SELECT password_hash FROM users WHERE username = 'clerk'")).toString();
    QVERIFY(hash.startsWith(QStringLiteral("$argon2id$")));
    QVERIFY(!hash.contains(Password));
}

void TestPermissions::passwordRules()
{
    UserService users(m_store->db());
    QCOMPARE(failureOf([&] { users.addUser(m_admin, {QStringLiteral("short"), {}, QStringLiteral("clerk"), 0, QStringLiteral("1234567"), false}); }),
             ErrorKind::Invalid);
    QCOMPARE(failureOf([&] { users.addUser(m_admin, {QStringLiteral("bad name!"), {}, QStringLiteral("clerk"), 0, Password, false}); }),
             ErrorKind::Invalid);
    QCOMPARE(failureOf([&] { users.addUser(m_admin, {QStringLiteral("Clerk"), {}, QStringLiteral("clerk"), 0, Password, false}); }),
             ErrorKind::Refused);
    QCOMPARE(failureOf([&] { users.addUser(m_admin, {QStringLiteral("x1"), {}, QStringLiteral("boss"), 0, Password, false}); }),
             ErrorKind::Invalid);
    // Own password: allowed without user management; another's: refused.
    users.changePassword(m_clerk, QStringLiteral("clerk"), QStringLiteral("new-secret-1"));
    QCOMPARE(users.login(QStringLiteral("clerk"), QStringLiteral("new-secret-1")).username, QStringLiteral("clerk"));
    QCOMPARE(failureOf([&] { users.changePassword(m_clerk, QStringLiteral("manager"), QStringLiteral("new-secret-2")); }),
             ErrorKind::Permission);
}

void TestPermissions::supervisorNeedsDepartment()
{
    QCOMPARE(failureOf([&] {
                 UserService(m_store->db()).addUser(m_admin, {QStringLiteral("sup2"), {}, QStringLiteral("supervisor"), 0, Password, false});
             }),
             ErrorKind::Invalid);
    QCOMPARE(m_supervisor.departmentId, qint64(2));
}

void TestPermissions::lastAdminCannotBeDisabled()
{
    QCOMPARE(failureOf([&] { UserService(m_store->db()).setActive(m_admin, QStringLiteral("admin"), false); }), ErrorKind::Refused);
}

void TestPermissions::everyChangeIsAuditedWithTheActor()
{
    EntityRepository(m_store->db()).add(m_clerk, sampleEntity(), UsccValidator::fromDatabase(m_store->db().sql()));
    const auto entries = AuditLog::entries(m_store->db().sql(), QStringLiteral("91370681MA3P7K2Q3U"));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().actor, QStringLiteral("clerk"));
    QCOMPARE(entries.first().action, QStringLiteral("entity.add"));
    const auto all = AuditLog::entries(m_store->db().sql(), {}, 1000);
    QVERIFY(std::any_of(all.begin(), all.end(), [](const AuditEntry &e) { return e.action == QLatin1String("user.add") && e.actor.startsWith(QLatin1String("local:")); }));
    QVERIFY(AuditLog::verify(m_store->db().sql()).ok);
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
