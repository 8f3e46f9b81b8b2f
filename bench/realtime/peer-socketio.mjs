// The Socket.IO 4 peer: clients join one room; a `pub` event is emitted to the room as `b`,
// leaving out the sender (what `self: false` means for the realtime hub).
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const http = createServer();
const io = new Server(http, { transports: ['websocket'], serveClient: false });
io.on('connection', (socket) => {
  socket.join('room');
  socket.on('pub', (message) => socket.to('room').emit('b', message));
});
http.listen(Number(process.argv[2] ?? 0), '127.0.0.1', () => console.log(`listening ${http.address().port}`));
