// @vitest-environment jsdom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AutoCleanSites,
  type AutoCleanSitesProps,
} from '../../../components/library/auto-clean-sites';
import {
  AutoCleanSwitch,
  type AutoCleanSwitchProps,
} from '../../../components/popup/auto-clean-switch';
import { AutoCleanBar } from '../../../components/reader/auto-clean-bar';

// The three small surfaces of automatic clean view: what a reader sees and what each control
// calls, found by role and name as assistive technology finds them.

afterEach(cleanup);

function switchProps(change: Partial<AutoCleanSwitchProps> = {}): AutoCleanSwitchProps {
  return {
    site: 'news.example',
    on: false,
    waiting: false,
    everywhere: false,
    unsupported: false,
    busy: false,
    refused: false,
    error: null,
    onChange: vi.fn(),
    onAllow: vi.fn(),
    ...change,
  };
}

describe('the popup’s switch', () => {
  it('is a labelled switch that turns the site on, and says what it asks for', () => {
    const props = switchProps();
    const view = render(<AutoCleanSwitch {...props} />);
    const toggle = view.getByRole('switch', { name: 'Always clean view on news.example' });
    expect(toggle).toHaveProperty('checked', false);
    expect(view.getByText(/Asks the browser for access to this site only/)).toBeTruthy();
    fireEvent.click(toggle);
    expect(props.onChange).toHaveBeenCalledWith(true);
  });

  it('offers the access a site chosen elsewhere still waits for', () => {
    const props = switchProps({ on: true, waiting: true });
    const view = render(<AutoCleanSwitch {...props} />);
    expect(view.getByRole('switch')).toHaveProperty('checked', true);
    fireEvent.click(view.getByRole('button', { name: 'Allow access to news.example' }));
    expect(props.onAllow).toHaveBeenCalled();
  });

  it('says so when the browser cannot, and when it refused', () => {
    let view = render(<AutoCleanSwitch {...switchProps({ unsupported: true })} />);
    expect(view.getByRole('switch')).toHaveProperty('disabled', true);
    expect(view.getByText(/cannot open clean view by itself/)).toBeTruthy();
    cleanup();
    view = render(<AutoCleanSwitch {...switchProps({ refused: true })} />);
    expect(view.getByRole('alert').textContent).toBe(
      'The browser did not give Tidings access to news.example.',
    );
  });
});

describe('the reader’s automatic bar', () => {
  it('is a named region with its two actions', () => {
    const onShowOriginal = vi.fn();
    const onStop = vi.fn();
    const view = render(
      <AutoCleanBar site="news.example" onShowOriginal={onShowOriginal} onStop={onStop} />,
    );
    const bar = view.getByRole('region', { name: 'Automatic clean view' });
    expect(bar.textContent).toContain('Clean view opened by itself on news.example.');
    fireEvent.click(view.getByRole('button', { name: 'Show original' }));
    fireEvent.click(view.getByRole('button', { name: 'Stop on this site' }));
    expect(onShowOriginal).toHaveBeenCalledTimes(1);
    expect(onStop).toHaveBeenCalledTimes(1);
  });
});

describe('the settings’ automatic clean view', () => {
  function sitesProps(change: Partial<AutoCleanSitesProps> = {}): AutoCleanSitesProps {
    return {
      sites: [
        { site: 'a.example', waiting: false },
        { site: 'b.example', waiting: true },
      ],
      stopped: ['c.example'],
      everywhere: false,
      everywhereWaiting: false,
      unsupported: false,
      busy: false,
      refused: null,
      message: null,
      onEverywhereChange: vi.fn(),
      onRemoveSite: vi.fn(),
      onRemoveStopped: vi.fn(),
      onAllowWaiting: vi.fn(),
      onAddSite: vi.fn((input: string) => input.includes('.')),
      ...change,
    };
  }

  it('adds a site typed by hand, and says so when the text is no site', () => {
    const props = sitesProps();
    const view = render(<AutoCleanSites {...props} />);
    const box = view.getByRole('textbox', { name: 'Add a site' });
    fireEvent.input(box, { target: { value: 'not a site' } });
    fireEvent.click(view.getByRole('button', { name: 'Add' }));
    expect(view.getByRole('alert').textContent).toMatch(/not a site’s address/);
    fireEvent.input(box, { target: { value: 'https://news.example.com/world/1' } });
    fireEvent.click(view.getByRole('button', { name: 'Add' }));
    expect(props.onAddSite).toHaveBeenLastCalledWith('https://news.example.com/world/1');
    expect(view.queryByRole('alert')).toBeNull();
  });

  it('lists the sites, marks those waiting for access, and asks for them in one click', () => {
    const props = sitesProps();
    const view = render(<AutoCleanSites {...props} />);
    const list = view.getByRole('list', { name: 'Sites with automatic clean view' });
    expect(list.textContent).toContain('a.example');
    expect(list.textContent).toContain('b.examplewaiting for access');
    expect(view.getByRole('status').textContent).toContain(
      'One site is waiting for access in this browser.',
    );
    fireEvent.click(view.getByRole('button', { name: 'Allow access' }));
    expect(props.onAllowWaiting).toHaveBeenCalled();
    fireEvent.click(view.getByRole('button', { name: 'Remove a.example' }));
    expect(props.onRemoveSite).toHaveBeenCalledWith('a.example');
    fireEvent.click(
      view.getByRole('button', { name: 'Allow automatic clean view on c.example again' }),
    );
    expect(props.onRemoveStopped).toHaveBeenCalledWith('c.example');
  });

  it('turns every news article on from a labelled switch', () => {
    const props = sitesProps({ sites: [], stopped: [] });
    const view = render(<AutoCleanSites {...props} />);
    expect(view.getByRole('group', { name: 'Automatic clean view' })).toBeTruthy();
    expect(view.getByText(/No site yet/)).toBeTruthy();
    fireEvent.click(view.getByRole('switch', { name: 'Clean view on every news article' }));
    expect(props.onEverywhereChange).toHaveBeenCalledWith(true);
  });
});
