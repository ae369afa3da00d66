export { canRedo, canUndo, currentEntry, pushStep, redoStep, startStack, undoStep, type UndoStack } from './undo-stack';
export { snapshotOf, type SegmentSnapshot } from './segment-snapshot';
export { segmentDiff, type SegmentDiff, type SegmentDiffRow } from './segment-diff';
export { ruleSettingsKey } from './rule-settings-key';
