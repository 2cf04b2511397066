import { render } from 'preact';
import { App } from './App';
import { takeTokenFromLocation } from './token';
import './styles.css';

takeTokenFromLocation();
render(<App />, document.getElementById('app')!);
