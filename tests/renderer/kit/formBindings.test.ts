import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useFormDraft } from '../../../renderer/src/components/kit/useFormDraft';

type Values = { kind: 'Rapat' | 'Rakor'; date: string | null; unitIds: string[] };
const START: Values = { kind: 'Rapat', date: null, unitIds: [] };

describe('form.field and form.choice', () => {
  it('field hands a control its value and writes what it gives back', () => {
    const { result } = renderHook(() => useFormDraft<Values>(null, START));
    expect(result.current.field('date').value).toBeNull();
    act(() => result.current.field('date').onChange('2026-12-05'));
    act(() => result.current.field('unitIds').onChange(['a', 'b']));
    expect(result.current.values).toEqual({ kind: 'Rapat', date: '2026-12-05', unitIds: ['a', 'b'] });
    expect(result.current.field('date').value).toBe('2026-12-05');
    expect(result.current.dirty).toBe(true);
  });

  it('choice changes the value but never clears it, and tells the Select not to deselect', () => {
    const { result } = renderHook(() => useFormDraft<Values>(null, START));
    expect(result.current.choice('kind')).toMatchObject({ value: 'Rapat', allowDeselect: false });
    act(() => result.current.choice('kind').onChange(null));
    expect(result.current.values.kind).toBe('Rapat');
    expect(result.current.dirty).toBe(false);
    act(() => result.current.choice('kind').onChange('Rakor'));
    expect(result.current.values.kind).toBe('Rakor');
    expect(result.current.choice('kind').value).toBe('Rakor');
  });
});
