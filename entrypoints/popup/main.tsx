import { render } from 'preact';
render(<p>Midbreak</p>, document.getElementById('app')!);
