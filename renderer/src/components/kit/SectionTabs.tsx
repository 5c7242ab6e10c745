import { Tabs } from '@mantine/core';
import type { ComponentType } from 'react';
import { useSearchParams } from 'react-router-dom';

/** One tab of a page: its address value (?bagian=...), its label key and what it shows. */
export type PageSection<Tab extends string> = Readonly<{ value: string; tab: Tab; Component: ComponentType }>;

type Props<Tab extends string> = Readonly<{
  sections: ReadonlyArray<PageSection<Tab>>;
  label: (tab: Tab) => string;
}>;

/** A page's tabs, kept in the address so that a reload, Back or a link opens the same tab. */
export function SectionTabs<Tab extends string>({ sections, label }: Props<Tab>) {
  const [params, setParams] = useSearchParams();
  const current = params.get('bagian') ?? sections[0]?.value;
  return (
    <Tabs
      value={current}
      onChange={(value) => value && setParams({ bagian: value }, { replace: true })}
      keepMounted={false}
    >
      <Tabs.List>
        {sections.map((section) => (
          <Tabs.Tab key={section.value} value={section.value}>
            {label(section.tab)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {sections.map(({ value, Component }) => (
        <Tabs.Panel key={value} value={value} pt="md">
          <Component />
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
