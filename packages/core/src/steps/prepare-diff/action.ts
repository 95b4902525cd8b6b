import type {StepAction} from '../../action.js';
import {planDirs, planOutputs} from '../../plan/outputs.js';
import {postPlanReport} from '../../platform/plan-report.js';
import {writePlanFiles} from '../common/handoff.js';
import {readPrepareDiffInputs} from './inputs.js';
import {planReport} from './pr-plan.js';
import {runPrepareDiff} from './run.js';

/** prepare-diff as a bundle runs it: inputs from the platform, files and outputs, a summary. */
export const prepareDiffAction: StepAction = async (platform, ports) => {
  const inputs = await readPrepareDiffInputs(platform);
  const {plan, notes} = await runPrepareDiff(inputs, ports);
  // Advice for this platform's users only (GitHub's matrix limit means nothing on GitLab).
  for (const note of platform.planAdvice?.(plan) ?? []) {
    platform.log.warning(note);
    notes.push(note);
  }
  // First, so that a plan the platform refuses (GitLab's child pipeline, or a child pipeline
  // asked for where none can run) leaves no file or output.
  await platform.publishPlan(plan, ports);
  await writePlanFiles(inputs.outputDir, plan);
  await platform.setOutputs(planOutputs(plan), inputs.outputDir);
  const dirs = planDirs(plan);
  platform.log.info(plan.why ?? '');
  platform.log.info(dirs.length > 0 ? `build order: ${dirs.join(' ')}` : 'nothing to build');
  if (plan.archs.length > 0) platform.log.info(`architectures: ${plan.archs.join(' ')}`);
  const report = await planReport(inputs, {plan, notes}, ports);
  await platform.summary('prepare-diff', report);
  await postPlanReport(platform, inputs, report, ports);
};
