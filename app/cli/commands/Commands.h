#pragma once

namespace cl {

class CliContext;

// One function per command group; each consumes its words and options from ctx.args().
int runInit(CliContext &ctx);
int runUscc(CliContext &ctx);
int runEntity(CliContext &ctx);
int runUser(CliContext &ctx);
int runAudit(CliContext &ctx);
int runSummary(CliContext &ctx);
int runGrades(CliContext &ctx);
int runLights(CliContext &ctx);
int runSpotCheck(CliContext &ctx);
int runDepartments(CliContext &ctx);
int runApproval(CliContext &ctx);
int runCommitment(CliContext &ctx);
int runEnforce(CliContext &ctx);
int runSync(CliContext &ctx);
int runKeys(CliContext &ctx);
int runReport(CliContext &ctx);

} // namespace cl
