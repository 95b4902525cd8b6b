import type * as inputs from '../packages/core/src/inputs/index.js';
import type {InputSpec, InputTable, Surface, SurfaceSpec} from '../packages/core/src/inputs/table.js';

type DeclaredOn = (spec: InputSpec, surface: Surface) => InputSpec & SurfaceSpec;

export function loadInputTables(root: string): Promise<typeof inputs>;
export function actionInputs(table: InputTable, declaredOn: DeclaredOn): string;
export function spliceInputs(text: string, block: string): string;
export function templateWithInputs(
  text: string,
  table: InputTable,
  declaredOn: DeclaredOn,
  jobInputs: readonly string[],
): string;
export function githubInputs(
  table: InputTable,
  declaredOn: DeclaredOn,
  options: {indent: string; typed?: boolean; required?: 'always' | 'when-true'},
): string;
export function spliceBlock(text: string, key: string, indent: string, block: string): string;
export function specWithInputs(
  header: string,
  table: InputTable,
  declaredOn: DeclaredOn,
  jobInputs: readonly string[],
): string;
export function rootActionWithInputs(text: string, table: InputTable, declaredOn: DeclaredOn): string;
export function workflowWithInputs(text: string, table: InputTable, declaredOn: DeclaredOn): string;
export function pipelineWithInputs(
  text: string,
  table: InputTable,
  declaredOn: DeclaredOn,
  jobInputs: readonly string[],
): string;
