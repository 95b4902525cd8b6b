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
