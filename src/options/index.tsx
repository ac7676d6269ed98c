/** The options page entry: renders the settings form. */
import { render } from 'preact';
import { t } from '../shared/i18n';
import { OptionsApp } from './OptionsApp';

document.title = t('optionsTitle');
render(<OptionsApp />, document.getElementById('app')!);
